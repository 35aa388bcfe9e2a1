package jp.osaka.renkei.survey;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A round as screens show it. */
public record RoundSummary(long id, int fiscalYear, RoundStatus status, @Nullable LocalDate deadline,
        @Nullable Integer comparisonFiscalYear) {

    static RoundSummary of(Round round) {
        Round comparison = round.getComparisonRound();
        return new RoundSummary(round.getId(), round.getFiscalYear(), round.getStatus(), round.getDeadline(),
                comparison == null ? null : comparison.getFiscalYear());
    }
}
