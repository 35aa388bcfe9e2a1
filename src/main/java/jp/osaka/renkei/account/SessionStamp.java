package jp.osaka.renkei.account;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A number in the database (session_stamp) that every change able to end a signed-in session raises: an account
 * disabled, its password, role or ward changed, session rows deleted. A session checked against the database once
 * goes on unchecked while the number stays the same, for at most {@link SignedInSessions#SEEN_EVERY}; each instance
 * reads the number at most every {@link #READ_EVERY} (docs/decisions/0020-session-check-in-memory.md).
 */
@Component
class SessionStamp {

    /** How stale an instance's copy may be: a change made on another instance reaches its sessions within this. */
    static final Duration READ_EVERY = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private volatile long known;
    /** System.nanoTime() of the last read; the copy is stale from the start and after a change made here. */
    private volatile long readAt;
    private volatile boolean fresh;

    SessionStamp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number as this instance knows it, read again when older than {@link #READ_EVERY}. */
    long current() {
        if (!fresh || System.nanoTime() - readAt >= READ_EVERY.toNanos()) {
            synchronized (this) {
                if (!fresh || System.nanoTime() - readAt >= READ_EVERY.toNanos()) {
                    long started = System.nanoTime();
                    known = jdbc.sql("select stamp from session_stamp where id = 1").query(Long.class).single();
                    readAt = started;
                    fresh = true;
                }
            }
        }
        return known;
    }

    /**
     * Raises the number in the caller's transaction; once it commits, this instance reads it again at its next
     * check, so that its own sessions see the change at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void raise() {
        jdbc.sql("update session_stamp set stamp = stamp + 1 where id = 1").update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                fresh = false;
            }
        });
    }
}
