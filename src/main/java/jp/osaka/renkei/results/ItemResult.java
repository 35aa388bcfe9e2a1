package jp.osaka.renkei.results;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * One partner's item in a round and in its comparison round, matched by partner so that renamed or
 * renumbered items still compare. Either side is null when the item was not asked in that round.
 *
 * @param represents set for the mutual pair's item: the respondent type this partner stands for
 */
public record ItemResult(
        long partnerId,
        String partnerCode,
        LocalizedText label,
        @Nullable Integer itemNo,
        @Nullable Integer comparisonItemNo,
        @Nullable RespondentType represents,
        @Nullable LevelCounts current,
        @Nullable LevelCounts comparison) {

    /** The change in wards at this level since the comparison round; null unless asked in both. */
    public @Nullable Integer change(Level level) {
        if (current == null || comparison == null) {
            return null;
        }
        return current.count(level) - comparison.count(level);
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
