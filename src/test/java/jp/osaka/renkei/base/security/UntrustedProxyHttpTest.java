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

/**
 * Without renkei.proxy.trusted (the default) the forwarded headers a client sends change nothing: not the address
 * the log records, not HTTPS. (The host: HostHeaderTest.)
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class UntrustedProxyHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aForgedXForwardedForIsNotTheAddressAFailedSignInIsLoggedWith(CapturedOutput output) {
        new ForwardedRequests(port).failedSignIn("X-Forwarded-For: " + CLIENT, "X-Forwarded-Proto: https");

        assertThat(output.getAll()).containsPattern(
                "Failed sign-in with an unknown user name \\(BadCredentialsException\\) from (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)")
                .doesNotContain(CLIENT);
    }

    @Test
    void forgedHttpsGetsNeitherASecureCookieNorHsts() {
        RawHttp.Response response = new ForwardedRequests(port).loginPage("X-Forwarded-Proto: https",
                "X-Forwarded-For: " + CLIENT, "Forwarded: for=203.0.113.7;proto=https");

        assertThat(response.header("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
        assertThat(response.header("Strict-Transport-Security")).isEmpty();
    }
}
