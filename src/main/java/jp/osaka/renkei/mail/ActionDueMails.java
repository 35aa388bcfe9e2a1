package jp.osaka.renkei.mail;

import java.time.Duration;

import jp.osaka.renkei.base.JobLock;
import jp.osaka.renkei.base.security.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (renkei.mail.due-cron, in renkei.reminders.zone) the owners of actions due soon or overdue get their
 * mails ({@link ActionDueLetters}), as the system, by one instance only however many run ({@link JobLock}).
 */
@Component
class ActionDueMails {

    static final String JOB = "action-due-mails";
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ActionDueMails.class);

    private final ActionDueLetters letters;
    private final JobLock lock;

    ActionDueMails(ActionDueLetters letters, JobLock lock) {
        this.letters = letters;
        this.lock = lock;
    }

    @Scheduled(cron = "${renkei.mail.due-cron:0 0 8 * * *}", zone = "${renkei.reminders.zone:Asia/Tokyo}")
    void writeDueMails() {
        lock.runExclusively(JOB, LEASE, () -> {
            int written = SystemActor.call(letters::write);
            log.info("{}: {} mails written", JOB, written);
        });
    }
}
