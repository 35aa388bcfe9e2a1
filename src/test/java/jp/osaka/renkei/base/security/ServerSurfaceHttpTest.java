package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the server offers beyond the app's pages, as a probing client meets it: no TRACE, no directory listings,
 * session ids of at least 128 random bits, and no sign-in by a password in the URL (ASVS 13.4.4, 13.4.3, 7.2.3,
 * 14.2.1).
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerSurfaceHttpTest {

    @LocalServerPort
    int port;

    /** Anonymous, TRACE goes the way of every request without a session: to the login page. */
    @Test
    void traceIsRefusedAndEchoesNothingBackSignedInOrNot() {
        PlainHttp http = new PlainHttp(port);
        String session = http.signIn("admin");
        RawHttp.Response anonymous = trace("");
        RawHttp.Response signedIn = trace("Cookie: " + session + "\r\n");

        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).hasValue("/login");
        assertThat(signedIn.status()).isEqualTo(405);
        assertThat(anonymous.text() + signedIn.text()).doesNotContain("echo-me", "X-Probe", session);
    }

    @Test
    void theFoldersOfStaticFilesListNothing() {
        PlainHttp http = new PlainHttp(port);
        String session = http.signIn("admin");
        for (String folder : new String[] {"/VAADIN/", "/VAADIN/static/", "/webjars/", "/webjars/echarts/",
                "/styles/", "/images/", "/META-INF/", "/META-INF/resources/"}) {
            for (HttpResponse<String> response : new HttpResponse[] {http.get(folder), http.get(folder, "Cookie",
                    session)}) {
                // Signed in, an unknown path gets Vaadin's bootstrap page (which names its own scripts), never a list
                assertThat(response.body()).as(folder).doesNotContainIgnoringCase("index of")
                        .doesNotContainIgnoringCase("directory listing").doesNotContain("dist/echarts.min.js",
                                "application.cdx.json", "renkei.css\">renkei.css");
            }
        }
    }

    @Test
    void sessionIdsCarryAtLeast128BitsAndDifferEachTime() {
        PlainHttp http = new PlainHttp(port);
        String first = sessionId(http.get("/login"));
        String second = sessionId(http.get("/login"));

        // Tomcat writes each random byte as two hexadecimal digits
        assertThat(first).matches("[0-9A-F]{32,}");
        assertThat(second).matches("[0-9A-F]{32,}").isNotEqualTo(first);
    }

    @Test
    void aPasswordInTheUrlSignsNoOneIn() {
        PlainHttp http = new PlainHttp(port);
        HttpResponse<String> page = http.get("/login");
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*$", "");

        HttpResponse<String> response = http.get("/login?username=admin&password=demo&_csrf="
                + VaadinHttp.encoded(PlainHttp.csrfToken(page)), "Cookie", session);

        assertThat(response.headers().firstValue("Set-Cookie")).as("no new session: nobody signed in").isEmpty();
        assertThat(PlainHttp.redirectPath(http.get("/admin/users", "Cookie", session))).isEqualTo("/login");
    }

    private RawHttp.Response trace(String headerLines) {
        return new RawHttp(port).send("TRACE / HTTP/1.1\r\nHost: localhost\r\n" + headerLines
                + "X-Probe: echo-me\r\nConnection: close\r\n\r\n");
    }

    private static String sessionId(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst("^JSESSIONID=([^;]*);.*$", "$1");
    }
}
