package jp.osaka.renkei.survey;

import java.util.List;

/** For one respondent type of a round: how many wards there are and which have not submitted, in ward order. */
public record MissingResponses(RespondentType type, int wards, List<MissingResponse> missing) {

    public MissingResponses {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
