package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Host or X-Forwarded-Host header of the caller's choice never comes back in a redirect (host header
 * injection: a poisoned cache or a link to another site), and session ids travel in the cookie only.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostHeaderTest {

    /** A protected view, the login's and logout's own paths, Tomcat's redirect of the bare static folder. */
    private static final List<String> PATHS = List.of("/results", "/", "/admin/users", "/logout", "/login?logout",
            "/styles", "/images");

    @LocalServerPort
    int port;

    @Test
    void aForeignHostHeaderNeverComesBackInARedirect() {
        for (String path : PATHS) {
            RawHttp.Response response = new RawHttp(port).get(path, "evil.example");

            assertThat(response.header("Location").orElse("")).as(path).doesNotContain("evil.example");
        }
        RawHttp.Response toLogin = new RawHttp(port).get("/results", "evil.example");
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).contains("/login");
    }

    /** Spring Security keeps the page asked for as a full URL, built from the Host, and sends the user there after sign-in. */
    @Test
    void theRedirectAfterSignInToThePageAskedForKeepsNoForeignHost() {
        RawHttp.Response asked = new RawHttp(port).get("/results", "evil.example");
        String cookie = asked.header("Set-Cookie").orElseThrow().replaceFirst(";.*$", "");
        RawHttp.Response loginPage = new RawHttp(port).get("/login", "evil.example", "Cookie: " + cookie);
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        String form = "username=viewer&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

        RawHttp.Response signedIn = new RawHttp(port).send("POST /login HTTP/1.1\r\nHost: evil.example\r\nCookie: " + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location").orElseThrow()).doesNotContain("evil.example").startsWith("/results");
    }

    @Test
    void anXForwardedHostFromAClientIsIgnored() {
        for (String path : PATHS) {
            RawHttp.Response response = new RawHttp(port).get(path, "localhost:" + port,
                    "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "Forwarded: host=evil.example");

            assertThat(response.header("Location").orElse("")).as(path).doesNotContain("evil.example", "https:");
        }
    }

    @Test
    void aSessionIdInTheUrlIsNoSession() {
        String cookie = new PlainHttp(port).signIn("viewer");
        String id = cookie.substring(cookie.indexOf('=') + 1);

        RawHttp.Response response = new RawHttp(port).get("/results;jsessionid=" + id, "localhost:" + port);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location").orElseThrow()).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void theFirstRequestWithoutACookieIsRedirectedWithoutASessionIdInTheUrl() {
        RawHttp.Response response = new RawHttp(port).get("/results", "localhost:" + port);

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }
}
