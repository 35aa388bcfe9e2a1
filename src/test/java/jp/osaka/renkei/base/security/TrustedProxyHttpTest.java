package jp.osaka.renkei.base.security;

import static jp.osaka.renkei.base.security.ForwardedRequests.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a trusted proxy (here this machine, renkei.proxy.trusted): the client's address and HTTPS come from the
 * proxy's X-Forwarded-For and X-Forwarded-Proto; its X-Forwarded-Host still changes no redirect.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:trusted-proxy;DB_CLOSE_DELAY=-1",
        "renkei.proxy.trusted=127.0.0.1, ::1"})
@ExtendWith(OutputCaptureExtension.class)
class TrustedProxyHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aFailedSignInIsLoggedWithTheClientAddressTheTrustedProxyForwarded(CapturedOutput output) {
        RawHttp.Response response = new ForwardedRequests(port).failedSignIn("X-Forwarded-For: " + CLIENT);

        assertThat(response.header("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
        assertThat(output.getAll()).contains("Failed sign-in with an unknown user name (BadCredentialsException) from "
                + CLIENT);
    }

    @Test
    void httpsForwardedByTheTrustedProxyMakesTheSessionCookieSecureAndSendsHsts() {
        RawHttp.Response response = new ForwardedRequests(port).loginPage("X-Forwarded-Proto: https");

        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly"));
        assertThat(response.header("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void plainHttpFromTheTrustedProxyGetsNeitherASecureCookieNorHsts() {
        RawHttp.Response response = new ForwardedRequests(port).loginPage("X-Forwarded-Proto: http");

        assertThat(response.header("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void anXForwardedHostFromTheTrustedProxyComesBackInNoRedirect() {
        for (String path : new String[] { "/results", "/logout" }) {
            RawHttp.Response response = new RawHttp(port).get(path, "localhost:" + port,
                    "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "X-Forwarded-For: " + CLIENT);

            assertThat(response.status()).as(path).isBetween(300, 399);
            assertThat(response.header("Location").orElseThrow()).as(path).doesNotContain("evil.example");
        }
    }
}
