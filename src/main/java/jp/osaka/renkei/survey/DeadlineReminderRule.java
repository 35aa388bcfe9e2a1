package jp.osaka.renkei.survey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 締切前の自動催促: when a round is due its automatic reminder — while it is open and its deadline is at most
 * {@code daysBefore} days away (or already past: those wards are the most overdue); never with 0 days (off).
 */
record DeadlineReminderRule(int daysBefore) {

    boolean due(Round round, LocalDate today) {
        LocalDate deadline = round.getDeadline();
        return daysBefore > 0 && round.acceptsAnswers() && deadline != null
                && ChronoUnit.DAYS.between(today, deadline) <= daysBefore;
    }
}
