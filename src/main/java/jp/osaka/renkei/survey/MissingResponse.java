package jp.osaka.renkei.survey;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** 未提出: a ward whose response of one respondent type has not been submitted, and how far it got. */
public record MissingResponse(long wardId, LocalizedText wardName, State state) {

    /** Not started at all, a draft, or a draft again after the bureau sent it back (差し戻し中). */
    public enum State {
        NOT_STARTED,
        DRAFT,
        SENT_BACK;

        public String messageKey() {
            return "rounds.missing.state." + name();
        }
    }
}
