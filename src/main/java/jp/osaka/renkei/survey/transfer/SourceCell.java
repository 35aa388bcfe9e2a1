package jp.osaka.renkei.survey.transfer;

import org.jspecify.annotations.Nullable;

/** A cell as a CSV or sheet gave it: its text, or the key of the reason it is refused (e.g. a formula). */
record SourceCell(String text, @Nullable String refusal) {

    static final SourceCell EMPTY = new SourceCell("", null);

    static SourceCell text(String text) {
        return new SourceCell(text, null);
    }

    static SourceCell refused(String messageKey) {
        return new SourceCell("", messageKey);
    }

    boolean blank() {
        return refusal == null && text.isBlank();
    }
}
