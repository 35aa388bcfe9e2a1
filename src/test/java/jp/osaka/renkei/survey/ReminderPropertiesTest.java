package jp.osaka.renkei.survey;

import static jp.osaka.renkei.BoundSettings.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.ZoneId;
import java.util.Map;

import jp.osaka.renkei.base.JobLock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** renkei.reminders.*: the defaults, the values refused at start-up, and when the automatic reminder runs. */
class ReminderPropertiesTest {

    private static final String PREFIX = "renkei.reminders";

    @Test
    void withoutSettingsTheReminderGoesThreeDaysAheadAtHalfPastEightTokyoTime() {
        ReminderProperties reminders = bind(PREFIX, ReminderProperties.class, Map.of());

        assertThat(reminders.autoDaysBefore()).isEqualTo(3);
        assertThat(reminders.autoCron()).isEqualTo("0 30 8 * * *");
        assertThat(reminders.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void aNegativeNumberOfDaysIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bind(PREFIX, ReminderProperties.class, Map.of(PREFIX + ".auto-days-before", "-1")))
                .isInstanceOf(BindException.class).hasMessageContaining(PREFIX)
                .rootCause().hasMessageContaining("auto-days-before");
    }

    @Test
    void aTimeThatIsNoCronExpressionIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> bind(PREFIX, ReminderProperties.class, Map.of(PREFIX + ".auto-cron", "08:30")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("renkei.reminders.auto-cron").hasMessageContaining("08:30");
    }

    @Test
    void theReminderRunsAtTheConfiguredTimeInTheConfiguredZoneAndNotAtAllWithZeroDays() {
        ScheduledTaskRegistrar on = new ScheduledTaskRegistrar();
        job(Map.of(PREFIX + ".auto-cron", "0 0 7 * * MON-FRI", PREFIX + ".zone", "UTC")).configureTasks(on);
        ScheduledTaskRegistrar off = new ScheduledTaskRegistrar();
        job(Map.of(PREFIX + ".auto-days-before", "0")).configureTasks(off);

        assertThat(on.getCronTaskList()).singleElement().extracting(task -> task.getTrigger())
                .isEqualTo(new CronTrigger("0 0 7 * * MON-FRI", ZoneId.of("UTC")));
        assertThat(off.getCronTaskList()).isEmpty();
    }

    private static AutoReminders job(Map<String, String> settings) {
        return new AutoReminders(mock(ReminderService.class), mock(JobLock.class),
                bind(PREFIX, ReminderProperties.class, settings));
    }
}
