package jp.osaka.renkei.results;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * One partner's item in a round and in its comparison round, matched by partner so that renamed or
 * renumbered items still compare. Either side is null when the item was not asked in that round.
 *
 * @param represents       set for the mutual pair's item: the respondent type this partner stands for
 * @param pairedCurrent    this round's counts over the wards that submitted in both rounds (null unless asked in
 *                         both), so that a ward that did not answer one round is not read as a change
 * @param pairedComparison the comparison round's counts over the same wards
 */
public record ItemResult(
        long partnerId,
        String partnerCode,
        LocalizedText label,
        @Nullable Integer itemNo,
        @Nullable Integer comparisonItemNo,
        @Nullable RespondentType represents,
        @Nullable LevelCounts current,
        @Nullable LevelCounts comparison,
        @Nullable LevelCounts pairedCurrent,
        @Nullable LevelCounts pairedComparison) {

    /** An item of two rounds where every ward answered both, or of one round: the paired counts are the counts. */
    public ItemResult(long partnerId, String partnerCode, LocalizedText label, @Nullable Integer itemNo,
            @Nullable Integer comparisonItemNo, @Nullable RespondentType represents, @Nullable LevelCounts current,
            @Nullable LevelCounts comparison) {
        this(partnerId, partnerCode, label, itemNo, comparisonItemNo, represents, current, comparison,
                current == null || comparison == null ? null : current,
                current == null || comparison == null ? null : comparison);
    }

    /**
     * The change in wards at this level since the comparison round, over the wards that submitted in both
     * rounds; null unless asked in both.
     */
    public @Nullable Integer change(Level level) {
        if (pairedCurrent == null || pairedComparison == null) {
            return null;
        }
        return pairedCurrent.count(level) - pairedComparison.count(level);
    }

    /** The change in wards that gave no level to this item, over the same wards as {@link #change}. */
    public @Nullable Integer unansweredChange() {
        if (pairedCurrent == null || pairedComparison == null) {
            return null;
        }
        return pairedCurrent.unanswered() - pairedComparison.unanswered();
    }

    /** The number shown before the label: the current round's, else the comparison round's. */
    public int displayNo() {
        Integer no = itemNo != null ? itemNo : comparisonItemNo;
        return no == null ? 0 : no;
    }

    public boolean isMutualPair() {
        return represents != null;
    }
}
