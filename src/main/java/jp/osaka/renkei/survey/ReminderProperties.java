package jp.osaka.renkei.survey;

import jakarta.validation.constraints.Min;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of 締切前の自動催促 (renkei.reminders.*), see {@link AutoReminders}.
 *
 * @param autoDaysBefore while a round is open and its deadline is this many days away or less (or past), the wards
 *                       that have not submitted are reminded once a day; 0: off
 * @param autoCron       when, each day (second minute hour day month weekday) ...
 * @param zone           ... in this time zone, which also decides what "today" and "that day" are; the other daily
 *                       jobs (renkei.mail.due-cron) run in it too
 */
@ConfigurationProperties("renkei.reminders")
@Validated
public record ReminderProperties(
        @DefaultValue("3") @Min(0) int autoDaysBefore,
        @DefaultValue("0 30 8 * * *") String autoCron,
        @DefaultValue("Asia/Tokyo") ZoneId zone) {

    public ReminderProperties {
        if (!CronExpression.isValidExpression(autoCron)) {
            throw new IllegalArgumentException("renkei.reminders.auto-cron: not a cron expression of six fields "
                    + "(second minute hour day month weekday): " + autoCron);
        }
    }
}
