package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login CSRF over real HTTP: the login form's POST signs a browser in only with the CSRF token of the login
 * page's session and from this app's own origin. A refused POST goes back to the login page, which says why, and
 * its session stays anonymous (tried once without LoginCsrf, Vaadin's exemption of the login page: fails).
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginCsrfHttpTest {

    private static final String CREDENTIALS = "username=viewer&password=demo";
    private static final String EVIL = "http://evil.example";

    @LocalServerPort
    int port;

    @Test
    void aLoginPostWithoutTheTokenSignsNobodyIn() {
        VaadinHttp tab = new VaadinHttp(port);
        tab.openLoginPage();

        assertRefused(tab, tab.postLoginForm(CREDENTIALS));
    }

    @Test
    void theReportedAttackNoTokenFromAnotherSiteSignsNobodyIn() {
        VaadinHttp tab = new VaadinHttp(port);
        tab.openLoginPage();

        assertRefused(tab, tab.postLoginForm(CREDENTIALS, "Origin", EVIL));
    }

    @Test
    void aLoginPostWithAWrongTokenSignsNobodyIn() {
        VaadinHttp tab = new VaadinHttp(port);
        String token = tab.openLoginPage();
        VaadinHttp other = new VaadinHttp(port);
        String othersToken = other.openLoginPage();

        assertThat(othersToken).isNotEqualTo(token);
        assertRefused(tab, tab.postLoginForm(form(othersToken)));
        assertRefused(tab, tab.postLoginForm(form("x" + token.substring(1))));
    }

    @Test
    void aPageOlderThanItsSessionSendsTheUserBackToTheLoginPage() {
        VaadinHttp stale = new VaadinHttp(port);
        String token = stale.openLoginPage();
        VaadinHttp afterSessionEnd = new VaadinHttp(port); // the session ended: the browser's cookie is gone

        assertRefused(afterSessionEnd, afterSessionEnd.postLoginForm(form(token)));
    }

    @Test
    void anotherOriginIsRefusedEvenWithTheToken() {
        VaadinHttp tab = new VaadinHttp(port);
        String token = tab.openLoginPage();

        assertRefused(tab, tab.postLoginForm(form(token), "Origin", EVIL));
        assertRefused(tab, tab.postLoginForm(form(token), "Origin", "http://localhost:" + (port + 1)));
        assertRefused(tab, tab.postLoginForm(form(token), "Origin", "null"));
    }

    @Test
    void anotherSitesRefererWithoutOriginIsRefusedEvenWithTheToken() {
        VaadinHttp tab = new VaadinHttp(port);
        String token = tab.openLoginPage();

        assertRefused(tab, tab.postLoginForm(form(token), "Referer", EVIL + "/login"));
    }

    @Test
    void theAppsOwnOriginWithTheTokenSignsIn() {
        VaadinHttp tab = new VaadinHttp(port);
        String token = tab.openLoginPage();

        assertSignedIn(tab, tab.postLoginForm(form(token), "Origin", "http://localhost:" + port));
    }

    @Test
    void theAppsOwnRefererWithoutOriginWithTheTokenSignsIn() {
        VaadinHttp tab = new VaadinHttp(port);
        String token = tab.openLoginPage();

        assertSignedIn(tab, tab.postLoginForm(form(token), "Referer", "http://localhost:" + port + "/login"));
    }

    @Test
    void neitherOriginNorRefererWithTheTokenSignsIn() {
        VaadinHttp tab = new VaadinHttp(port);
        String token = tab.openLoginPage();

        assertSignedIn(tab, tab.postLoginForm(form(token)));
    }

    private static String form(String token) {
        return "_csrf=" + VaadinHttp.encoded(token) + "&" + CREDENTIALS;
    }

    /** Back to the login page with ?error=expired, and neither the tab's session nor the answer's is signed in. */
    private void assertRefused(VaadinHttp tab, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error=expired");
        assertThat(PlainHttp.redirectPath(tab.get("/results"))).as("signed in?").isEqualTo("/login");
    }

    private void assertSignedIn(VaadinHttp tab, HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(PlainHttp.redirectPath(response)).isEqualTo("/");
        HttpResponse<String> results = tab.get("/results");
        assertThat(results.statusCode()).isEqualTo(200);
    }
}
