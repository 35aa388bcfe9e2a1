package jp.osaka.renkei.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages in the outbox in any status, for 送信履歴's tests: each written in a transaction of its own, one minute
 * after the one before, so that "newest first" has an order to show.
 */
public final class MailHistoryFixture {

    private final MailMessageRepository messages;
    private final TransactionTemplate transaction;
    private Instant next = Instant.parse("2026-04-01T00:00:00Z");

    public MailHistoryFixture(ApplicationContext context) {
        this.messages = context.getBean(MailMessageRepository.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** Removes every message, so that a test sees only its own. */
    public void clear() {
        transaction.executeWithoutResult(status -> messages.deleteAll());
    }

    /** Removes the messages written after the one with this id (0: every message). */
    public void removeAfter(long lastId) {
        transaction.executeWithoutResult(status -> messages.deleteAll(messages.findAll().stream()
                .filter(message -> Objects.requireNonNull(message.getId()) > lastId).toList()));
    }

    public static Letter letter(MailKind kind, String recipient, @Nullable String user, @Nullable Long wardId,
            String subject) {
        return new Letter(kind, recipient, user, wardId, Locale.JAPANESE, subject, subject + "\n本文です。",
                "<p>" + subject + "</p><p><b>本文</b>です。</p>", null);
    }

    public long waiting(Letter letter) {
        return save(letter, MailStatus.WAITING, null);
    }

    public long held(Letter letter) {
        return save(letter, MailStatus.HELD, null);
    }

    /** Sent at its creation time plus one second. */
    public long sent(Letter letter) {
        return save(letter, MailStatus.SENT, null);
    }

    /** Refused for good with this reason, after one attempt. */
    public long failed(Letter letter, String reason) {
        return save(letter, MailStatus.FAILED, reason);
    }

    private long save(Letter letter, MailStatus status, @Nullable String reason) {
        Instant created = next;
        next = next.plus(Duration.ofMinutes(1));
        return Objects.requireNonNull(transaction.execute(tx -> {
            MailMessage message = new MailMessage(letter, status == MailStatus.HELD ? MailStatus.HELD
                    : MailStatus.WAITING, created);
            if (status == MailStatus.SENT) {
                message.sent(created.plusSeconds(1));
            } else if (status == MailStatus.FAILED) {
                message.failed(Objects.requireNonNull(reason));
            }
            return messages.save(message).getId();
        }));
    }
}
