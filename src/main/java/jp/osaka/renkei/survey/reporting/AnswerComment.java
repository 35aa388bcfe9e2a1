package jp.osaka.renkei.survey.reporting;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RespondentType;

/**
 * What a ward wrote beside one item of its submitted response: never blank.
 *
 * @param ratingId the answer the comment belongs to
 * @param partnerId the item's partner, to match the comment to the item across renumbering
 * @param item the item's label as its round asked it
 */
public record AnswerComment(long ratingId, long wardId, LocalizedText ward, RespondentType type, long partnerId,
        int itemNo, LocalizedText item, String text) {
}
