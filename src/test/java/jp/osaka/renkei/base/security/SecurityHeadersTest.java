package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers and the session cookie, read from real responses of the running app over HTTP. */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    /** The login page, a redirect made by Spring Security, and Vaadin's own JSON answer to its client. */
    private static final List<String> PATHS = List.of("/login", "/status", "/?v-r=init&location=login");

    @LocalServerPort
    int port;

    @Test
    void everyKindOfResponseCarriesAContentSecurityPolicyThatAllowsNoPluginsForeignBaseOrForeignFraming() {
        for (String path : PATHS) {
            String policy = headers(path).firstValue("Content-Security-Policy").orElse("");

            assertThat(policy).as(path).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                    "frame-ancestors 'self'", "form-action 'self'").doesNotContain("*", "http:", "https:");
        }
    }

    @Test
    void responsesForbidContentSniffingFramingByOtherSitesAndReferrersToOtherSites() {
        for (String path : PATHS) {
            HttpHeaders headers = headers(path);

            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
        }
    }

    @Test
    void pagesAndTheDataOfASignedInUserAreNotStoredByTheBrowser() {
        String session = http().signIn("viewer");
        for (String path : List.of("/results", "/?v-r=init&location=results")) {
            HttpResponse<String> response = http().get(path, "Cookie", session);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
        assertThat(headers("/login").firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    /** HSTS is Spring Security's default on TLS; plain HTTP (the embedded default) must not send it. */
    @Test
    void plainHttpSendsNoStrictTransportSecurity() {
        for (String path : PATHS) {
            assertThat(headers(path).firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndOverPlainHttpNotSecure() {
        String cookie = http().get("/login").headers().firstValue("Set-Cookie").orElseThrow();

        assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; HttpOnly").doesNotContainIgnoringCase("Secure");
    }

    private HttpHeaders headers(String path) {
        return http().get(path).headers();
    }

    private PlainHttp http() {
        return new PlainHttp(port);
    }
}
