package jp.osaka.renkei.survey.reporting;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * One submitted answer of a ward in some round: the item as its round asked it, the level (null when only a comment
 * was kept) and the comment; {@code represents} marks the items of the mutual pair.
 */
public record PastAnswer(long roundId, RespondentType type, long partnerId, int itemNo, LocalizedText label,
        @Nullable RespondentType represents, @Nullable Level level, @Nullable String comment) {
}
