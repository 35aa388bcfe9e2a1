package jp.osaka.renkei.base.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jp.osaka.renkei.base.JobLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps user_session to the sessions that live: a session's row goes when the session ends here (logout,
 * timeout), and a job removes the rows of sessions idle for longer than the session timeout, left behind by an
 * instance that stopped (one instance runs it, {@link JobLock}).
 */
@Component
class UserSessionCleanup implements HttpSessionListener {

    static final String JOB = "user-session-cleanup";
    private static final Logger log = LoggerFactory.getLogger(UserSessionCleanup.class);

    private final SignedInSessions sessions;
    private final JobLock lock;
    private final Duration idle;

    UserSessionCleanup(SignedInSessions sessions, JobLock lock,
            @Value("${server.servlet.session.timeout:30m}") String timeout) {
        this.sessions = sessions;
        this.lock = lock;
        // last_seen_at lags by up to a minute: a live session is never taken for an idle one
        this.idle = DurationStyle.detectAndParse(timeout, ChronoUnit.SECONDS).plus(SignedInSessions.SEEN_EVERY)
                .plusMinutes(1);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SessionRecord record = SessionRecord.of(event.getSession());
        if (record == null) {
            return;
        }
        try {
            sessions.end(record.id());
        } catch (RuntimeException e) {
            // the row stays until the job removes it; the session itself has ended anyway
            log.warn("Could not remove the row of an ended session: {}", e.toString());
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
