package jp.osaka.renkei.survey;

import org.jspecify.annotations.Nullable;

/** What the form sends for one item: the chosen level (if any) and the comment (if any). */
public record AnswerInput(long itemId, @Nullable Level level, @Nullable String comment) {
}
