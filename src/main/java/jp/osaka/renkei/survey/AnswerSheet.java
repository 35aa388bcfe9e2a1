package jp.osaka.renkei.survey;

import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/**
 * Everything the 回答入力 form shows for one response, read in one go: the round, the ward, the
 * items with this round's answers and the comparison round's answer beside each.
 *
 * @param status null while nobody has saved anything yet (未回答)
 * @param editable whether the signed-in user may change it now
 * @param updatedBy the display name of who saved last (likewise submittedBy)
 * @param reopenReason why an administrator reopened it, while it is a draft again after 差し戻し
 */
public record AnswerSheet(
        ResponseKey key,
        RoundSummary round,
        LocalizedText wardName,
        @Nullable ResponseStatus status,
        long version,
        boolean editable,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String reopenReason,
        List<Line> lines) {

    /** One item of the form. */
    public record Line(long itemId, int itemNo, LocalizedText partner, @Nullable Level level,
            @Nullable String comment, @Nullable Level previousLevel) {
    }

    /** Item numbers without a level: what stops a submission. */
    public List<Integer> unansweredItemNumbers() {
        return lines.stream().filter(line -> line.level() == null).map(Line::itemNo).toList();
    }
}
