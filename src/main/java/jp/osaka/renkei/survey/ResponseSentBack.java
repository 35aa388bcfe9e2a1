package jp.osaka.renkei.survey;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 差し戻し: the bureau reopened a ward's submitted response with a reason; published inside the change's transaction.
 *
 * @param deadline the round's deadline, by which it is to be submitted again
 */
public record ResponseSentBack(int fiscalYear, long wardId, RespondentType type, String reason,
        @Nullable LocalDate deadline) {
}
