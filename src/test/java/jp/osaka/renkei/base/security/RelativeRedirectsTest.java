package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which redirect targets lose their scheme and host: those naming the request's own origin, whatever host it named. */
class RelativeRedirectsTest {

    @Test
    void anAbsoluteUrlToTheRequestsOwnOriginBecomesItsPathQueryAndFragment() {
        assertThat(RelativeRedirects.relative("http://evil.example/results?continue", "http", "evil.example", 80))
                .isEqualTo("/results?continue");
        assertThat(RelativeRedirects.relative("https://EVIL.example:8443/a%2Fb#top", "https", "evil.example", 8443))
                .isEqualTo("/a%2Fb#top");
        assertThat(RelativeRedirects.relative("http://evil.example", "http", "evil.example", 80)).isEqualTo("/");
    }

    @Test
    void pathsOtherOriginsAndWhatIsNoUrlStayAsTheyAre() {
        assertThat(RelativeRedirects.relative("/login?logout", "http", "evil.example", 80)).isEqualTo("/login?logout");
        assertThat(RelativeRedirects.relative("http://idp.example.jp/auth?redirect_uri=x", "http", "evil.example", 80))
                .isEqualTo("http://idp.example.jp/auth?redirect_uri=x");
        assertThat(RelativeRedirects.relative("http://evil.example/a b", "http", "evil.example", 80))
                .isEqualTo("http://evil.example/a b");
    }

    /** docker/compose-keycloak.yaml: Renkei on localhost:8080, Keycloak on localhost:8180. */
    @Test
    void aProviderOnTheSameHostNameAtAnotherPortOrSchemeIsLeftAlone() {
        assertThat(RelativeRedirects.relative("http://localhost:8180/realms/renkei/auth?x=1", "http", "localhost", 8080))
                .isEqualTo("http://localhost:8180/realms/renkei/auth?x=1");
        assertThat(RelativeRedirects.relative("https://localhost/auth", "http", "localhost", 80))
                .isEqualTo("https://localhost/auth");
    }
}
