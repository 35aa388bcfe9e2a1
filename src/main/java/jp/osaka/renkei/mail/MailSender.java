package jp.osaka.renkei.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jp.osaka.renkei.base.JobLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: every renkei.mail.interval, while renkei.mail.enabled, the messages that are due, on one
 * instance at a time ({@link JobLock}). Each message is first claimed in a transaction of its own (so that not even
 * two runs at once can send it twice), then sent, then marked sent, to be retried with back-off, or failed
 * (docs/operations.md, "E-mail").
 */
@Component("outboxMailSender") // not "mailSender": that is Spring Boot's JavaMailSender
class MailSender implements SchedulingConfigurer {

    static final String JOB = "mail-sender";
    /** A run holds the job this long at most ... */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** ... and starts no further message once less than this is left: longer than one message can take. */
    static final Duration LAST_START = Duration.ofMinutes(2);
    /** A claimed message is left alone by every other run for this long: much longer than sending it can take. */
    static final Duration CLAIM = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(MailSender.class);

    private final MailMessageRepository messages;
    private final MailProperties properties;
    private final JobLock lock;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final @Nullable SmtpDelivery delivery;

    MailSender(MailMessageRepository messages, MailProperties properties, JobLock lock,
            PlatformTransactionManager transactions, Clock clock, ObjectProvider<JavaMailSender> mailer) {
        this.messages = messages;
        this.properties = properties;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        JavaMailSender smtp = mailer.getIfAvailable();
        if (properties.enabled() && smtp == null) {
            throw new IllegalStateException("renkei.mail.enabled is true (MAIL_ENABLED) but no SMTP server is "
                    + "configured: set spring.mail.host (SMTP_HOST), see docs/operations.md, \"E-mail\"");
        }
        this.delivery = smtp == null ? null : new SmtpDelivery(smtp, properties.from(), clock);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.enabled()) {
            registrar.addFixedDelayTask(this::run, properties.interval());
        }
    }

    /** One run of the job, unless another instance runs it; returns what it did, or empty when it was skipped. */
    Optional<Run> run() {
        AtomicReference<@Nullable Run> done = new AtomicReference<>();
        lock.runExclusively(JOB, LEASE, () -> done.set(sendDue(clock.instant().plus(LEASE).minus(LAST_START))));
        return Optional.ofNullable(done.get());
    }

    /** What one run did. */
    record Run(int sent, int retrying, int failed, int skipped) {
    }

    /** Sends the due messages, starting none after {@code lastStart}; stops early while the server is in trouble. */
    Run sendDue(Instant lastStart) {
        if (delivery == null) {
            return new Run(0, 0, 0, 0);
        }
        List<Long> due = messages.findDueIds(clock.instant(), PageRequest.of(0, properties.batchSize()));
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int tried = 0;
        for (Long id : due) {
            if (clock.instant().isAfter(lastStart)) {
                break;
            }
            tried++;
            Optional<MailMessage> claimed = claim(id);
            if (claimed.isEmpty()) {
                continue; // sent or being sent by another run meanwhile
            }
            Optional<SmtpFailure> failure = delivery.send(claimed.get());
            MailStatus status;
            try {
                status = record(id, failure);
            } catch (RuntimeException e) {
                // Sent (or not) but not recorded, e.g. the database went away: tried again once the claim ends.
                log.error("{}: the outcome of message {} could not be saved; it is tried again after {}", JOB, id,
                        CLAIM, e);
                break;
            }
            if (status == MailStatus.SENT) {
                sent++;
            } else if (status == MailStatus.FAILED) {
                failed++;
            } else {
                retrying++;
            }
            if (failure.isPresent() && failure.get().serverTrouble()) {
                break; // the next messages would fail alike; they stay due, their attempts untouched
            }
        }
        Run run = new Run(sent, retrying, failed, due.size() - tried);
        if (!due.isEmpty()) {
            log.info("{}: {} sent, {} to retry, {} failed, {} left for the next run", JOB, run.sent(),
                    run.retrying(), run.failed(), run.skipped());
        }
        return run;
    }

    private Optional<MailMessage> claim(long id) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            return messages.claim(id, now, now.plus(CLAIM)) == 1 ? messages.findById(id) : Optional.empty();
        });
    }

    private MailStatus record(long id, Optional<SmtpFailure> failure) {
        return transaction.execute(status -> {
            MailMessage message = messages.findById(id).orElseThrow();
            Instant now = clock.instant();
            if (failure.isEmpty()) {
                message.sent(now);
            } else if (failure.get().permanent()) {
                log.warn("{}: message {} failed: {}", JOB, id, failure.get().reason());
                message.failed(failure.get().reason());
            } else if (message.getAttempts() + 1 >= properties.maxAttempts()) {
                log.warn("{}: message {} failed after {} attempts: {}", JOB, id, properties.maxAttempts(),
                        failure.get().reason());
                message.failed(failure.get().reason());
            } else {
                Instant next = now.plus(backoff(message.getAttempts() + 1));
                log.warn("{}: message {} to be tried again at {}: {}", JOB, id, next, failure.get().reason());
                message.retryAt(next, failure.get().reason());
            }
            return message.getStatus();
        });
    }

    /** The wait after the given failed attempt (1, 2, …): renkei.mail.first-retry, doubled each time, at most max-retry. */
    Duration backoff(int attempt) {
        Duration wait = properties.firstRetry();
        for (int i = 1; i < attempt && wait.compareTo(properties.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
    }
}
