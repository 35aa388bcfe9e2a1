package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The bounds on sessions over real HTTP: one session per user (the second sign-in ends the first), 60 new sessions
 * a minute per client address (the default; DemoDataTest switches it off for the other tests, which all come from
 * 127.0.0.1) and 20 open UIs per session (the default).
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:session-limits;DB_CLOSE_DELAY=-1",
        "renkei.security.max-sessions-per-user=1", "renkei.security.new-sessions-per-address=60"})
class SessionLimitsHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    FilterRegistrationBean<NewSessionLimit> newSessionLimit;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void forgetTheCounts() {
        newSessionLimit.getFilter().forgetAll();
    }

    @Test
    void withOneSessionAllowedASecondSignInEndsTheFirst() {
        String name = SessionTabs.newUser(accounts, "limit-one");
        VaadinHttp first = SessionTabs.signedIn(port, name);

        VaadinHttp second = SessionTabs.signedIn(port, name);

        SessionTabs.assertEnded(first);
        HttpResponse<String> stillSignedIn = second.navigate("results");
        assertThat(VaadinHttp.sessionExpired(stillSignedIn)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SESSION_LIMIT_ENDED'"
                + " and target = ?", Integer.class, name)).isEqualTo(1);
    }

    @Test
    void theSixtyFirstNewSessionFromOneAddressGetsTooManyRequestsWhileASignedInSessionGoesOn() {
        // its login page opened the address's first new session
        VaadinHttp signedIn = SessionTabs.signedIn(port, SessionTabs.newUser(accounts, "limit-address"));
        for (int i = 2; i <= 60; i++) {
            assertThat(new PlainHttp(port).get("/login").statusCode()).as("new session %d", i).isEqualTo(200);
        }

        HttpResponse<String> refused = new PlainHttp(port).get("/login");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(refused.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(refused.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(VaadinHttp.sessionExpired(signedIn.navigate("results"))).isFalse();
        assertThat(signedIn.get("/results").statusCode()).isEqualTo(200);
    }

    @Test
    void openingATwentyFirstUiClosesTheSessionsOldest() {
        VaadinHttp tab = SessionTabs.signedIn(port, SessionTabs.newUser(accounts, "limit-uis"));
        VaadinHttp oldest = tab.copy();
        assertThat(tab.open("")).isTrue();
        VaadinHttp secondOldest = tab.copy();

        for (int i = 3; i <= 21; i++) {
            assertThat(tab.open("")).as("UI %d", i).isTrue();
        }

        assertThat(VaadinHttp.sessionExpired(secondOldest.navigate("results"))).isFalse();
        HttpResponse<String> closed = oldest.navigate("results");
        assertThat(PlainHttp.showsAppText(closed.body())).as(closed.body()).isFalse();
        assertThat(VaadinHttp.sessionExpired(tab.navigate("results"))).isFalse();
    }
}
