package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What Tomcat answers by itself, before the app sees a request: the app's security headers, no server version. */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerErrorPagesTest {

    /** An illegal character in the path, a request line that is no HTTP, an unencoded space in the path. */
    private static final List<String> MALFORMED = List.of(
            "GET /results{x} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /results|x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "FOO BAR BAZ QUX\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    @LocalServerPort
    int port;

    @Test
    void tomcatsOwnBadRequestPageCarriesTheSecurityHeadersAndNoServerVersion() {
        for (String request : MALFORMED) {
            RawHttp.Response response = new RawHttp(port).send(request);

            assertThat(response.status()).as(request).isEqualTo(400);
            assertThat(response.header("Content-Security-Policy")).as(request).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.header("X-Content-Type-Options")).as(request).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).as(request).contains("same-origin");
            assertThat(response.header("X-Frame-Options")).as(request).contains("SAMEORIGIN");
            assertThat(response.text()).as(request).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
        }
    }

    @Test
    void anUploadOverTheMultipartLimitIsRefusedWithTheSecurityHeaders() {
        String boundary = "x-renkei-boundary";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "a".repeat(7 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
        String request = "POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + part.length()
                + "\r\n\r\n" + part;

        RawHttp.Response response = new RawHttp(port).send(request);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Security-Policy")).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
    }
}
