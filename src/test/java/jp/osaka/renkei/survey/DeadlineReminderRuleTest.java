package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 締切前の自動催促: which days a round's automatic reminder is due (the open round's deadline is 2026-12-31). */
class DeadlineReminderRuleTest {

    private static final DeadlineReminderRule THREE_DAYS = new DeadlineReminderRule(3);

    @Test
    void isDueFromThreeDaysBeforeTheDeadlineAsTheClockMovesOn() {
        Round round = InMemorySurvey.openRound();

        assertThat(THREE_DAYS.due(round, LocalDate.of(2026, 12, 27))).isFalse();
        assertThat(THREE_DAYS.due(round, LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(THREE_DAYS.due(round, LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void isNotDueWhileTheDeadlineIsFarAway() {
        assertThat(THREE_DAYS.due(InMemorySurvey.openRound(), LocalDate.of(2026, 11, 25))).isFalse();
    }

    @Test
    void staysDueAfterTheDeadlineWhileTheRoundIsStillOpen() {
        assertThat(THREE_DAYS.due(InMemorySurvey.openRound(), LocalDate.of(2027, 1, 5))).isTrue();
    }

    @Test
    void isNeverDueForARoundThatIsNotOpen() {
        Round closed = InMemorySurvey.openRound();
        closed.close();
        Round draft = new Round(2026, null, Instant.EPOCH);

        assertThat(THREE_DAYS.due(closed, LocalDate.of(2026, 12, 30))).isFalse();
        assertThat(THREE_DAYS.due(draft, LocalDate.of(2026, 12, 30))).isFalse();
    }

    @Test
    void zeroDaysSwitchesItOff() {
        assertThat(new DeadlineReminderRule(0).due(InMemorySurvey.openRound(), LocalDate.of(2026, 12, 31))).isFalse();
    }
}
