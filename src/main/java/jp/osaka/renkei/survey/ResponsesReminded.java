package jp.osaka.renkei.survey;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 催促: exactly these wards' responses of a round were reminded, none of them submitted (by an administrator's click,
 * or automatically before the deadline); published inside the change's transaction, also when the list is empty.
 */
public record ResponsesReminded(long roundId, int fiscalYear, @Nullable LocalDate deadline, boolean automatic,
        List<Reminded> reminded) {

    public ResponsesReminded {
        reminded = List.copyOf(reminded);
    }

    /** One ward's response of one respondent type that got a reminder. */
    public record Reminded(long wardId, RespondentType type) {
    }
}
