package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * 締切前の自動催促 on the demo data, whose round 2025 is open with its deadline three weeks away and some wards not
 * submitted. Each test starts without reminders and rolls back what it sent.
 */
@DemoDataTest
@Transactional
class AutoReminderTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noRemindersYet() {
        // other tests in this shared context remind by hand, which counts as today's reminder; rolled back after each
        jdbc.update("delete from reminder");
    }

    @Test
    void remindsEveryWardThatHasNotSubmittedAsTheSystemOnceADay() {
        int missing = jdbc.queryForObject("""
                select 2 * (select count(*) from ward) - count(*) from survey_response r
                join survey_round o on o.id = r.round_id where o.fiscal_year = 2025 and r.status = 'SUBMITTED'""", Integer.class);

        int first = SystemActor.call(() -> reminders.remindBeforeDeadline(30, TOKYO));
        int again = SystemActor.call(() -> reminders.remindBeforeDeadline(30, TOKYO));

        assertThat(missing).isPositive();
        assertThat(first).isEqualTo(missing);
        assertThat(again).as("already reminded today").isZero();
        assertThat(jdbc.queryForList("select distinct sent_by from reminder", String.class)).containsExactly("system");
        assertThat(jdbc.queryForList("select actor || ' ' || target || ' ' || detail from audit_entry"
                + " where action = 'AUTO_REMINDERS_SENT'", String.class))
                .containsExactly("system 2025 " + missing, "system 2025 0");
    }

    @Test
    void remindsNobodyWhileTheDeadlineIsFurtherAwayThanTheSetting() {
        assertThat(SystemActor.call(() -> reminders.remindBeforeDeadline(7, TOKYO))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reminder", Integer.class)).isZero();
    }
}
