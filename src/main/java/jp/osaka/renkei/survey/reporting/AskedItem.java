package jp.osaka.renkei.survey.reporting;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * An item of an instrument as asked in one round.
 *
 * @param label the item's own label in that round, else its partner's name
 * @param represents the respondent the partner stands for (the items of the mutual pair), else null
 */
public record AskedItem(long partnerId, String partnerCode, LocalizedText label, int itemNo, boolean retired,
        @Nullable RespondentType represents) {
}
