package jp.osaka.renkei.survey;

import java.time.Duration;

import jp.osaka.renkei.base.JobLock;
import jp.osaka.renkei.base.security.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * 締切前の自動催促: once a day (renkei.reminders.auto-cron, in renkei.reminders.zone) the wards that have not
 * submitted to a round closing within renkei.reminders.auto-days-before days get the reminder an administrator's
 * one click gives, as the system, by one instance only however many run ({@link JobLock}). With
 * auto-days-before 0 it is not scheduled at all.
 */
@Component
class AutoReminders implements SchedulingConfigurer {

    static final String JOB = "auto-reminders";
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(AutoReminders.class);

    private final ReminderService reminders;
    private final JobLock lock;
    private final ReminderProperties properties;

    AutoReminders(ReminderService reminders, JobLock lock, ReminderProperties properties) {
        this.reminders = reminders;
        this.lock = lock;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.autoDaysBefore() > 0) {
            registrar.addCronTask(new CronTask(this::remindBeforeDeadline,
                    new CronTrigger(properties.autoCron(), properties.zone())));
        }
    }

    void remindBeforeDeadline() {
        lock.runExclusively(JOB, LEASE, () -> {
            int sent = SystemActor.call(
                    () -> reminders.remindBeforeDeadline(properties.autoDaysBefore(), properties.zone()));
            log.info("{}: {} reminders sent", JOB, sent);
        });
    }
}
