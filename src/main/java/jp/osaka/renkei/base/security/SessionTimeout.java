package jp.osaka.renkei.base.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Gives every session the idle time of server.servlet.session.timeout to the second: Tomcat itself counts
 * whole minutes (90s would become 1 min). With vaadin.closeIdleSessions, Vaadin ends a session after this
 * long without a user action even while an open tab keeps sending heartbeats. The setting is Spring Boot's, read
 * through its {@link ServerProperties} (its default there, 30 minutes) once, here.
 */
@Component
public class SessionTimeout implements HttpSessionListener {

    private final Duration timeout;

    SessionTimeout(ServerProperties server) {
        this.timeout = Objects.requireNonNull(server.getServlet().getSession().getTimeout(),
                "server.servlet.session.timeout (SESSION_TIMEOUT) is empty");
    }

    /** How long a session lasts without a user action. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        if (timeout.isPositive()) {
            event.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
        }
    }
}
