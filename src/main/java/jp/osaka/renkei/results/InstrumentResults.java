package jp.osaka.renkei.results;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * The counts of one instrument (区役所 or 相談支援室) in a round, beside its comparison round.
 *
 * @param submitted wards whose response is submitted in the round; {@code comparisonSubmitted} likewise
 */
public record InstrumentResults(
        RoundSummary round,
        @Nullable RoundSummary comparison,
        RespondentType type,
        int wards,
        int submitted,
        int comparisonSubmitted,
        List<ItemResult> items) {

    public InstrumentResults {
        items = List.copyOf(items);
    }

    public Optional<ItemResult> item(String partnerCode) {
        return items.stream().filter(item -> item.partnerCode().equals(partnerCode)).findFirst();
    }
}
