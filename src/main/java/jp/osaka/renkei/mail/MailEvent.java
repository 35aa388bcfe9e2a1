package jp.osaka.renkei.mail;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/** Something the bureau did in 送信履歴 (a message resent); published inside the change's transaction. */
public record MailEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {

    static MailEvent of(String actor, AuditAction action, MailMessage message) {
        return new MailEvent(actor, action, "#" + message.getId() + " " + message.getRecipient(),
                message.getKind() + " " + message.getSubject());
    }
}
