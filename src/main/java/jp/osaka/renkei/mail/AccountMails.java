package jp.osaka.renkei.mail;

import jp.osaka.renkei.account.UserEvent;
import jp.osaka.renkei.base.AuditAction;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * アカウントの作成 / パスワードの再設定: a notice to the user's own address (a ward mailbox is shared, so never
 * there), with the user name and never the password. It listens just before the change commits, still inside its
 * transaction, so that an address or language set in the same change after the event comes along.
 */
@Component
class AccountMails {

    private final MailRecipients recipients;
    private final MailTemplates templates;
    private final Outbox outbox;

    AccountMails(MailRecipients recipients, MailTemplates templates, Outbox outbox) {
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(UserEvent event) {
        MailKind kind = kindOf(event.action());
        if (kind == null) {
            return;
        }
        recipients.ofUser(event.target(), kind).ifPresent(recipient -> {
            String name = recipient.displayName() == null ? event.target() : recipient.displayName();
            MailText mail = templates.aboutAccount(kind, recipient.language(), event.target(), name);
            outbox.add(new Letter(kind, recipient.address(), recipient.username(), null, recipient.language(),
                    mail.subject(), mail.text(), mail.html(), null));
        });
    }

    private static @Nullable MailKind kindOf(AuditAction action) {
        return switch (action) {
            case USER_CREATED -> MailKind.ACCOUNT_CREATED;
            case PASSWORD_RESET -> MailKind.PASSWORD_RESET;
            default -> null;
        };
    }
}
