package jp.osaka.renkei.base.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * Gives every session the idle time of server.servlet.session.timeout to the second: Tomcat itself counts
 * whole minutes (90s would become 1 min). With vaadin.closeIdleSessions, Vaadin ends a session after this
 * long without a user action even while an open tab keeps sending heartbeats.
 */
@Component
class SessionTimeout implements HttpSessionListener {

    private final Duration timeout;

    SessionTimeout(@Value("${server.servlet.session.timeout:30m}") String timeout) {
        this.timeout = DurationStyle.detectAndParse(timeout, ChronoUnit.SECONDS);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        if (timeout.isPositive()) {
            event.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
        }
    }
}
