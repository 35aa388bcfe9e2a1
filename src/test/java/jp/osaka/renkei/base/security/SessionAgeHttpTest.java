package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A session in use ends 12 hours after its sign-in (renkei.security.max-session-age, ASVS 7.3.2), whatever its
 * activity: the user signs in again. A clock the test moves; the idle timeout runs on Tomcat's own time.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignInWatch.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:session-age;DB_CLOSE_DELAY=-1")
class SessionAgeHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    SignInWatch.MovableClock clock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBusySessionEndsTwelveHoursAfterItsSignInAndItsRowGoes() {
        String name = SessionTabs.newUser(accounts, "twelve-hours");
        VaadinHttp tab = SessionTabs.signedIn(port, name);

        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofHours(1));
            assertThat(VaadinHttp.sessionExpired(tab.navigate("results"))).as("after %d hours", hour).isFalse();
        }
        clock.advance(Duration.ofMinutes(59));
        assertThat(VaadinHttp.sessionExpired(tab.navigate("results"))).as("11 h 59 min").isFalse();
        clock.advance(Duration.ofMinutes(1));

        SessionTabs.assertEnded(tab);
        assertThat(jdbc.queryForObject("select count(*) from user_session s join app_user u on u.id = s.user_id"
                + " where u.username = ?", Integer.class, name)).isZero();
    }

    @Test
    void afterTheEndTheUserSignsInAgainForAnotherTwelveHours() {
        String name = SessionTabs.newUser(accounts, "signs-in-again");
        SessionTabs.signedIn(port, name);
        clock.advance(Duration.ofHours(13));

        VaadinHttp again = SessionTabs.signedIn(port, name);

        assertThat(VaadinHttp.sessionExpired(again.navigate("results"))).isFalse();
    }
}
