package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Production settings without a trusted proxy: the public address (PUBLIC_URL) configured, so redirect_uri comes
 * from it rather than from the Host header, and SESSION_COOKIE_SECURE, which makes the cookie Secure even on HTTP.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:oidc-portal.properties", properties = {
        "spring.datasource.url=jdbc:h2:mem:public-address;DB_CLOSE_DELAY=-1",
        "renkei.mail.public-url=https://renkei.example.jp/",
        "server.servlet.session.cookie.secure=true"})
class PublicAddressHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theRedirectUriSentToTheProviderIsOnThePublicAddressWhateverTheHostHeaderSays() {
        RawHttp.Response start = new RawHttp(port).get("/oauth2/authorization/portal", "evil.example");

        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location").orElseThrow()).startsWith("http://idp.example.jp/auth?")
                .contains("redirect_uri=https://renkei.example.jp/login/oauth2/code/portal")
                .doesNotContain("evil.example");
    }

    @Test
    void sessionCookieSecureMakesTheCookieSecureAlsoOnPlainHttp() {
        RawHttp.Response response = new RawHttp(port).get("/login", "localhost:" + port);

        assertThat(response.header("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
    }
}
