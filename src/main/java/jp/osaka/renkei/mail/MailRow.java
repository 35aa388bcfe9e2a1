package jp.osaka.renkei.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of 送信履歴.
 *
 * @param recipientUser the user's name, null for a ward's shared mailbox
 * @param userName      the user's display name, null when there is no such user
 */
public record MailRow(long id, long version, Instant createdAt, MailKind kind, String recipient,
        @Nullable String recipientUser, @Nullable String userName, @Nullable Long wardId, String subject,
        MailStatus status, int attempts, @Nullable String lastError, @Nullable Instant sentAt) {
}
