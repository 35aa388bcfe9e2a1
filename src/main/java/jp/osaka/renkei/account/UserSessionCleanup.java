package jp.osaka.renkei.account;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.osaka.renkei.base.JobLock;
import jp.osaka.renkei.base.security.SessionTimeout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps user_session to the sessions that live: a session's row goes when the session ends here (logout,
 * timeout), the rows of this instance's sessions go when it shuts down (its sessions end with it), and a job
 * removes the rows of sessions idle for longer than the session timeout, left behind by an instance that stopped
 * without ending them (one instance runs it, {@link JobLock}).
 */
@Component
class UserSessionCleanup implements HttpSessionListener, HttpSessionAttributeListener {

    static final String JOB = "user-session-cleanup";
    private static final Logger log = LoggerFactory.getLogger(UserSessionCleanup.class);

    private final SignedInSessions sessions;
    private final JobLock lock;
    private final ApplicationContext context;
    private final Duration idle;
    /** The row ids of the signed-in sessions this instance holds. */
    private final Set<String> here = ConcurrentHashMap.newKeySet();
    /**
     * Set when the app shuts down: Tomcat ends the remaining sessions only after the database is closed, so
     * their rows were removed before (one statement, not one failure per session).
     */
    private volatile boolean closing;

    UserSessionCleanup(SignedInSessions sessions, JobLock lock, ApplicationContext context,
            SessionTimeout timeout) {
        this.sessions = sessions;
        this.lock = lock;
        this.context = context;
        // last_seen_at lags by up to a minute: a live session is never taken for an idle one
        this.idle = timeout.timeout().plus(SignedInSessions.SEEN_EVERY).plusMinutes(1);
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        track(event.getSession());
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        // a sign-in as someone else in the same session: the earlier row stays tracked until it goes
        track(event.getSession());
    }

    private void track(HttpSession session) {
        SessionRecord record = SessionRecord.of(session);
        if (record != null) {
            here.add(record.id());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SessionRecord record = SessionRecord.of(event.getSession());
        if (record == null) {
            return;
        }
        here.remove(record.id());
        if (closing) {
            return;
        }
        try {
            sessions.end(record.id());
        } catch (RuntimeException e) {
            // the row stays until the job removes it; the session itself has ended anyway
            log.warn("Could not remove the row of an ended session: {}", e.toString());
        }
    }

    @EventListener
    void shuttingDown(ContextClosedEvent event) {
        if (event.getApplicationContext() != context) {
            return; // a child context (e.g. a management server of its own) closing
        }
        closing = true;
        List<String> ids = List.copyOf(here);
        if (ids.isEmpty()) {
            return;
        }
        try {
            log.info("Shutting down: {} rows of this instance's sessions removed", sessions.endAll(ids));
        } catch (RuntimeException e) {
            log.warn("Shutting down: could not remove the rows of this instance's {} sessions; the cleanup job "
                    + "removes them later: {}", ids.size(), e.toString());
        }
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void removeIdle() {
        lock.runExclusively(JOB, Duration.ofMinutes(5), () -> {
            int removed = sessions.removeIdle(idle);
            log.info("{}: {} rows of idle sessions removed", JOB, removed);
        });
    }
}
