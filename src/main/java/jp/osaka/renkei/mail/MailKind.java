package jp.osaka.renkei.mail;

/** What a mail is about. Optional kinds are those a user may turn off; the others always come. */
public enum MailKind {
    ROUND_OPENED(false),
    REMINDER(false),
    SENT_BACK(false),
    ROUND_PUBLISHED(true),
    ACTION_DUE_SOON(true),
    ACTION_OVERDUE(false),
    ACCOUNT_CREATED(false),
    PASSWORD_RESET(false);

    private final boolean optional;

    MailKind(boolean optional) {
        this.optional = optional;
    }

    public boolean optional() {
        return optional;
    }

    public String messageKey() {
        return "mail.kind." + name();
    }
}
