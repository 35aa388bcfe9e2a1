package jp.osaka.renkei.mail;

import java.util.Optional;

import jp.osaka.renkei.action.ActionDue;
import jp.osaka.renkei.action.ActionSearch;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 期限が近い / 期限切れ: a mail to the owner of each action not done that is due within renkei.mail.due-soon-days
 * or overdue, once per action, due date and owner however often it runs (the outbox's dedupe key).
 */
@Component
class ActionDueLetters {

    private final ActionSearch actions;
    private final MailRecipients recipients;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailProperties properties;

    ActionDueLetters(ActionSearch actions, MailRecipients recipients, MailTemplates templates, Outbox outbox,
            MailProperties properties) {
        this.actions = actions;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Writes the mails not written yet (as the system: it reads every ward's actions); returns how many. */
    @Transactional
    public int write() {
        int written = 0;
        for (ActionDue action : actions.dueForMail(properties.dueSoonDays())) {
            String owner = action.owner();
            if (owner == null) {
                continue; // a person without an account has no address: the ward follows the action up itself
            }
            MailKind kind = action.overdue() ? MailKind.ACTION_OVERDUE : MailKind.ACTION_DUE_SOON;
            Optional<MailRecipients.Recipient> recipient = recipients.ofUser(owner, kind);
            if (recipient.isPresent() && outbox.add(letter(kind, action, owner, recipient.get()))) {
                written++;
            }
        }
        return written;
    }

    private Letter letter(MailKind kind, ActionDue action, String owner, MailRecipients.Recipient to) {
        MailText mail = templates.aboutAction(kind, to.language(), to.displayName() == null ? owner : to.displayName(),
                action);
        // once per action, due date and owner: a new due date is worth a new mail, another day's run is not
        String key = (action.overdue() ? "action-overdue:" : "action-due-soon:") + action.id() + ":"
                + action.dueDate() + ":" + owner;
        return new Letter(kind, to.address(), to.username(), action.wardId(), to.language(), mail.subject(),
                mail.text(), mail.html(), key);
    }
}
