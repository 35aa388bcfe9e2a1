package jp.osaka.renkei.base.security;

import static jp.osaka.renkei.BoundSettings.bind;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpSession;

/** server.servlet.session.timeout, read through Spring Boot's own settings: its default and seconds kept. */
class SessionTimeoutTest {

    @Test
    void withoutTheSettingASessionLastsSpringBootsThirtyMinutes() {
        SessionTimeout timeout = new SessionTimeout(bind("server", ServerProperties.class, Map.of()));

        assertThat(timeout.timeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aTimeoutInSecondsIsGivenToEverySessionToTheSecond() {
        SessionTimeout timeout = new SessionTimeout(
                bind("server", ServerProperties.class, Map.of("server.servlet.session.timeout", "90s")));
        MockHttpSession session = new MockHttpSession();

        timeout.sessionCreated(new HttpSessionEvent(session));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(90);
    }
}
