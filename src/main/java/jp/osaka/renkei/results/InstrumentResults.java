package jp.osaka.renkei.results;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * The counts of one instrument (区役所 or 相談支援室) in a round, beside its comparison round.
 *
 * @param submitted   wards whose response is submitted in the round; {@code comparisonSubmitted} likewise
 * @param pairedWards wards whose response is submitted in both rounds: the base of every change (0 without a
 *                    comparison round)
 * @param withheld    small numbers: some base is below the minimum and the signed-in user may not see per-level
 *                    counts, so {@code items} is empty (see {@link ResultsProperties})
 */
public record InstrumentResults(
        RoundSummary round,
        @Nullable RoundSummary comparison,
        RespondentType type,
        int wards,
        int submitted,
        int comparisonSubmitted,
        int pairedWards,
        boolean withheld,
        List<ItemResult> items) {

    public InstrumentResults {
        items = List.copyOf(items);
    }

    /** Counts where every ward that answered one round answered the other too. */
    public InstrumentResults(RoundSummary round, @Nullable RoundSummary comparison, RespondentType type, int wards,
            int submitted, int comparisonSubmitted, List<ItemResult> items) {
        this(round, comparison, type, wards, submitted, comparisonSubmitted,
                comparison == null ? 0 : Math.min(submitted, comparisonSubmitted), false, items);
    }

    /** The round's respondents: 回答 n / 24区. */
    public Respondents respondents() {
        return new Respondents(submitted, wards);
    }

    /** The comparison round's respondents; null without a comparison round. */
    public @Nullable Respondents comparisonRespondents() {
        return comparison == null ? null : new Respondents(comparisonSubmitted, wards);
    }

    /** The wards that answered both rounds, over which changes are counted; null without a comparison round. */
    public @Nullable Respondents paired() {
        return comparison == null ? null : new Respondents(pairedWards, wards);
    }

    /** Whether some base of the breakdown has fewer respondents than {@code minimum}. */
    public boolean smallNumbers(int minimum) {
        return respondents().below(minimum) || (comparison != null
                && (new Respondents(comparisonSubmitted, wards).below(minimum) || pairedWards < minimum));
    }

    /** The same respondents without any per-level count: what a user gets when the numbers are too small. */
    public InstrumentResults withoutCounts() {
        return new InstrumentResults(round, comparison, type, wards, submitted, comparisonSubmitted, pairedWards, true,
                List.of());
    }

    public Optional<ItemResult> item(String partnerCode) {
        return items.stream().filter(item -> item.partnerCode().equals(partnerCode)).findFirst();
    }
}
