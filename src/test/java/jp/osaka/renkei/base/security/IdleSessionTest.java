package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle timeout over real HTTP: a tab left open keeps sending Vaadin's heartbeats, which alone would keep the
 * session alive for ever; the session ends all the same once nobody has done anything for the timeout. A tab in
 * use stays signed in. No test waits for the timeout: {@link SessionClock} moves the time of a session's last user
 * request back, which is all Vaadin compares with the timeout (heartbeats never move it forward).
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "server.servlet.session.timeout=10m")
@Import(IdleSessionTest.SessionClock.class)
class IdleSessionTest {

    private static final Duration JUST_WITHIN = Duration.ofMinutes(9);
    private static final Duration JUST_BEYOND = Duration.ofMinutes(10).plusSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    SessionClock clock;

    @Test
    void anIdleTabIsSignedOutAfterTheTimeoutThoughItsHeartbeatsGoOn() {
        VaadinHttp tab = signedIn();

        clock.idleFor(JUST_WITHIN);
        HttpResponse<String> within = tab.heartbeat();
        assertThat(within.statusCode()).as("a heartbeat within the timeout is accepted").isEqualTo(200);
        assertThat(VaadinHttp.sessionExpired(within)).isFalse();
        clock.idleFor(JUST_BEYOND.minus(JUST_WITHIN)); // heartbeats only, for longer than the timeout in all
        tab.heartbeat();

        HttpResponse<String> answer = tab.navigate("results");
        assertThat(VaadinHttp.sessionExpired(answer)).as(answer.body()).isTrue();
        assertThat(PlainHttp.showsAppText(answer.body())).isFalse();
        assertThat(PlainHttp.redirectPath(tab.get("/results"))).isEqualTo("/login");
    }

    @Test
    void aTabInUseStaysSignedInBeyondTheTimeout() {
        VaadinHttp tab = signedIn();

        for (int i = 0; i < 3; i++) { // 27 minutes in all, an action every 9
            clock.idleFor(JUST_WITHIN);
            tab.heartbeat();
            HttpResponse<String> answer = tab.navigate(i % 2 == 0 ? "results" : "");
            assertThat(VaadinHttp.sessionExpired(answer)).as("after " + (i + 1) * 9 + " minutes").isFalse();
        }
        assertThat(tab.get("/results").statusCode()).isEqualTo(200);
    }

    private VaadinHttp signedIn() {
        VaadinHttp tab = new VaadinHttp(port).signIn("viewer", "demo");
        assertThat(tab.open("")).isTrue();
        assertThat(VaadinHttp.sessionExpired(tab.navigate(""))).isFalse();
        return tab;
    }

    /** Keeps the Vaadin sessions of the test's server, and makes time pass for them without a user request. */
    @TestConfiguration
    static class SessionClock {

        private final List<VaadinSession> sessions = new CopyOnWriteArrayList<>();

        @Bean
        VaadinServiceInitListener sessionKeeper() {
            return event -> event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        }

        /** As if the last user request of every session had been {@code idle} earlier than it was. */
        void idleFor(Duration idle) {
            for (VaadinSession session : sessions) {
                session.lock();
                try {
                    session.setLastRequestTimestamp(session.getLastRequestTimestamp() - idle.toMillis());
                } finally {
                    session.unlock();
                }
            }
        }
    }
}
