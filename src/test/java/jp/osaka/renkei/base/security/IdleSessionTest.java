package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle timeout over real HTTP, with SESSION_TIMEOUT set to 3 seconds: a tab left open keeps sending Vaadin's
 * heartbeats, which alone would keep the session alive for ever; the session ends all the same once nobody has
 * done anything for the timeout. A tab in use stays signed in. Waits for the real timeout (about 10 s in all);
 * no assertion is about speed.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "server.servlet.session.timeout=3s")
class IdleSessionTest {

    private static final Duration BEAT = Duration.ofMillis(750);

    @LocalServerPort
    int port;

    @Test
    void anIdleTabIsSignedOutAfterTheTimeoutThoughItsHeartbeatsGoOn() throws InterruptedException {
        VaadinHttp tab = signedIn();

        boolean beatsAccepted = true;
        for (int i = 0; i < 6; i++) { // 4.5 s of heartbeats only
            Thread.sleep(BEAT);
            HttpResponse<String> beat = tab.heartbeat();
            beatsAccepted &= i > 2 || beat.statusCode() == 200;
        }

        assertThat(beatsAccepted).as("heartbeats within the timeout are accepted").isTrue();
        HttpResponse<String> answer = tab.navigate("results");
        assertThat(VaadinHttp.sessionExpired(answer)).as(answer.body()).isTrue();
        assertThat(PlainHttp.showsAppText(answer.body())).isFalse();
        assertThat(PlainHttp.redirectPath(tab.get("/results"))).isEqualTo("/login");
    }

    @Test
    void aTabInUseStaysSignedInBeyondTheTimeout() throws InterruptedException {
        VaadinHttp tab = signedIn();

        for (int i = 0; i < 6; i++) { // 4.5 s with an action now and then
            Thread.sleep(BEAT);
            HttpResponse<String> answer = i % 2 == 0 ? tab.heartbeat() : tab.navigate(i % 4 == 1 ? "results" : "");
            assertThat(VaadinHttp.sessionExpired(answer)).as("after " + (i + 1) * BEAT.toMillis() + " ms").isFalse();
        }
        assertThat(tab.get("/results").statusCode()).isEqualTo(200);
    }

    private VaadinHttp signedIn() {
        VaadinHttp tab = new VaadinHttp(port).signIn("viewer", "demo");
        assertThat(tab.open("")).isTrue();
        assertThat(VaadinHttp.sessionExpired(tab.navigate(""))).isFalse();
        return tab;
    }
}
