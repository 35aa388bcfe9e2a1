package jp.osaka.renkei.survey;

/** A response's state: 下書き (saved, still editable) or 提出済 (submitted, locked). */
public enum ResponseStatus {
    DRAFT,
    SUBMITTED;

    public String messageKey() {
        return "response.status." + name();
    }
}
