package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which redirect targets lose their scheme and host: those naming the request's own host, whatever it was. */
class RelativeRedirectsTest {

    @Test
    void anAbsoluteUrlToTheRequestsOwnHostBecomesItsPathQueryAndFragment() {
        assertThat(RelativeRedirects.relative("http://evil.example/results?continue", "evil.example"))
                .isEqualTo("/results?continue");
        assertThat(RelativeRedirects.relative("https://EVIL.example:8443/a%2Fb#top", "evil.example"))
                .isEqualTo("/a%2Fb#top");
        assertThat(RelativeRedirects.relative("http://evil.example", "evil.example")).isEqualTo("/");
    }

    @Test
    void pathsOtherHostsAndWhatIsNoUrlStayAsTheyAre() {
        assertThat(RelativeRedirects.relative("/login?logout", "evil.example")).isEqualTo("/login?logout");
        assertThat(RelativeRedirects.relative("http://idp.example.jp/auth?redirect_uri=x", "evil.example"))
                .isEqualTo("http://idp.example.jp/auth?redirect_uri=x");
        assertThat(RelativeRedirects.relative("http://evil.example/a b", "evil.example"))
                .isEqualTo("http://evil.example/a b");
    }
}
