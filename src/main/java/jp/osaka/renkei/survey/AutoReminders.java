package jp.osaka.renkei.survey;

import java.time.Duration;
import java.time.ZoneId;

import jp.osaka.renkei.base.JobLock;
import jp.osaka.renkei.base.security.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 締切前の自動催促: once a day (renkei.reminders.auto-cron, in renkei.reminders.zone) the wards that have not
 * submitted to a round closing within renkei.reminders.auto-days-before days get the reminder an administrator's
 * one click gives, as the system, by one instance only however many run ({@link JobLock}).
 */
@Component
class AutoReminders {

    static final String JOB = "auto-reminders";
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(AutoReminders.class);

    private final ReminderService reminders;
    private final JobLock lock;
    private final int daysBefore;
    private final ZoneId zone;

    AutoReminders(ReminderService reminders, JobLock lock,
            @Value("${renkei.reminders.auto-days-before:3}") int daysBefore,
            @Value("${renkei.reminders.zone:Asia/Tokyo}") ZoneId zone) {
        this.reminders = reminders;
        this.lock = lock;
        this.daysBefore = daysBefore;
        this.zone = zone;
    }

    @Scheduled(cron = "${renkei.reminders.auto-cron:0 30 8 * * *}", zone = "${renkei.reminders.zone:Asia/Tokyo}")
    void remindBeforeDeadline() {
        if (daysBefore <= 0) {
            return;
        }
        lock.runExclusively(JOB, LEASE, () -> {
            int sent = SystemActor.call(() -> reminders.remindBeforeDeadline(daysBefore, zone));
            log.info("{}: {} reminders sent", JOB, sent);
        });
    }
}
