package jp.osaka.renkei.results;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RespondentType;

/**
 * What a ward wrote beside one item of its submitted response (回答のコメント).
 *
 * @param ratingId the answer the comment belongs to: what the bureau chooses for the report
 * @param partnerId the item's partner, to match the comment to the item's chart across renumbering
 */
public record ItemComment(long ratingId, long wardId, LocalizedText ward, RespondentType type, long partnerId,
        int itemNo, LocalizedText item, String text) {
}
