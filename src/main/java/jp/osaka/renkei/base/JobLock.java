package jp.osaka.renkei.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs scheduled work on one instance only when several share the database: a lease per job in the table
 * {@code job_lock}, taken with one atomic INSERT (no row yet) or UPDATE (the last lease has ended), and given
 * back when the work ends. A crashed holder's lease ends by itself after its duration. Plain SQL that H2, MySQL
 * and MariaDB run alike; the instances' clocks must agree to well within a lease (NTP). Not for use inside a
 * transaction: each statement commits on its own, so that the others see the lease at once.
 */
@Component
public class JobLock {

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String instance;

    @Autowired
    JobLock(DataSource dataSource, Clock clock, InstanceProperties instance) {
        this(new JdbcTemplate(dataSource), clock,
                instance.instanceRoute().isBlank() ? "instance" : instance.instanceRoute());
    }

    JobLock(JdbcTemplate jdbc, Clock clock, String instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
    }

    /** A lease held on a job until {@code until}, by this run alone. */
    record Lease(String job, String holder, Instant until) {
    }

    /**
     * Runs the work if no other instance holds the job's lease, with a lease of the given duration (longer than
     * the work can take); returns whether it ran. The lease is given back when the work ends, even by an exception.
     */
    public boolean runExclusively(String job, Duration lease, Runnable work) {
        Optional<Lease> held = tryAcquire(job, lease);
        if (held.isEmpty()) {
            log.info("{}: another instance runs it, skipped here", job);
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            release(held.get());
        }
    }

    Optional<Lease> tryAcquire(String job, Duration duration) {
        Instant now = clock.instant();
        Lease lease = new Lease(job, instance + ":" + UUID.randomUUID(), now.plus(duration));
        Timestamp until = Timestamp.from(lease.until());
        try {
            jdbc.update("insert into job_lock (name, locked_until, locked_by) values (?, ?, ?)", job, until,
                    lease.holder());
            return Optional.of(lease);
        } catch (DuplicateKeyException taken) {
            // The row exists: take it over only if its lease has ended. One UPDATE, so two instances cannot both win.
            int updated = jdbc.update("update job_lock set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?",
                    until, lease.holder(), job, Timestamp.from(now));
            return updated == 1 ? Optional.of(lease) : Optional.empty();
        }
    }

    void release(Lease lease) {
        jdbc.update("update job_lock set locked_until = ? where name = ? and locked_by = ?",
                Timestamp.from(clock.instant()), lease.job(), lease.holder());
    }
}
