package jp.osaka.renkei.mail;

import java.time.Duration;

import jp.osaka.renkei.base.JobLock;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.ReminderProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Once a day (renkei.mail.due-cron, in renkei.reminders.zone) the owners of actions due soon or overdue get their
 * mails ({@link ActionDueLetters}), as the system, by one instance only however many run ({@link JobLock}).
 */
@Component
class ActionDueMails implements SchedulingConfigurer {

    static final String JOB = "action-due-mails";
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(ActionDueMails.class);

    private final ActionDueLetters letters;
    private final JobLock lock;
    private final CronTrigger daily;

    ActionDueMails(ActionDueLetters letters, JobLock lock, MailProperties mail, ReminderProperties reminders) {
        this.letters = letters;
        this.lock = lock;
        this.daily = new CronTrigger(mail.dueCron(), reminders.zone());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(this::writeDueMails, daily));
    }

    void writeDueMails() {
        lock.runExclusively(JOB, LEASE, () -> {
            int written = SystemActor.call(letters::write);
            log.info("{}: {} mails written", JOB, written);
        });
    }
}
