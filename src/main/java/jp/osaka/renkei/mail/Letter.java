package jp.osaka.renkei.mail;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A mail to write to the outbox: to one address, in one language, as plain text and HTML.
 *
 * @param recipientUser the user it is for; null for a ward's shared mailbox
 * @param wardId        the ward it concerns, if any (送信履歴 filters by it)
 * @param dedupeKey     at most one message per key, e.g. a due-date mail per action, day and address; null: no limit
 */
public record Letter(MailKind kind, String recipient, @Nullable String recipientUser, @Nullable Long wardId,
        Locale language, String subject, String text, String html, @Nullable String dedupeKey) {
}
