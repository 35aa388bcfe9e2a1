package jp.osaka.renkei.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** One mail in the outbox and in 送信履歴: what it says, to whom, and how sending it went. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    static final int MAX_ERROR_LENGTH = 1000;
    /** Liquibase's clob: CLOB on H2, LONGTEXT on MySQL/MariaDB, which Hibernate expects above 16 MiB. */
    private static final int BODY_LENGTH = 16_777_216;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MailKind kind = MailKind.REMINDER;

    @Column(name = "dedupe_key", unique = true, length = 200)
    private @Nullable String dedupeKey;

    @Column(nullable = false, length = 254)
    private String recipient = "";

    @Column(name = "recipient_user", length = 64)
    private @Nullable String recipientUser;

    @Column(name = "ward_id")
    private @Nullable Long wardId;

    @Column(nullable = false, length = 8)
    private String language = "ja";

    @Column(nullable = false, length = 300)
    private String subject = "";

    @Lob
    @Column(name = "body_text", nullable = false, length = BODY_LENGTH)
    private String text = "";

    @Lob
    @Column(name = "body_html", nullable = false, length = BODY_LENGTH)
    private String html = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.WAITING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected MailMessage() {
    }

    MailMessage(Letter letter, MailStatus status, Instant now) {
        this.kind = letter.kind();
        this.dedupeKey = letter.dedupeKey();
        this.recipient = letter.recipient();
        this.recipientUser = letter.recipientUser();
        this.wardId = letter.wardId();
        this.language = letter.language().getLanguage();
        this.subject = letter.subject().length() > 300 ? letter.subject().substring(0, 299) + "…" : letter.subject();
        this.text = letter.text();
        this.html = letter.html();
        this.status = status;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The SMTP server accepted it. */
    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failure that may pass (server down, slow): try again at {@code next}. */
    void retryAt(Instant next, String reason) {
        attempts++;
        nextAttemptAt = next;
        lastError = shorten(reason);
    }

    /** Refused for good, or the last attempt failed: the bureau sees it as 送信失敗 and may resend it. */
    void failed(String reason) {
        attempts++;
        status = MailStatus.FAILED;
        lastError = shorten(reason);
    }

    /** 再送: back to the queue, tried at once and with a fresh series of attempts; the last error stays until then. */
    void resend(Instant now) {
        status = MailStatus.WAITING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private static String shorten(String reason) {
        return reason.length() > MAX_ERROR_LENGTH ? reason.substring(0, MAX_ERROR_LENGTH - 1) + "…" : reason;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MailKind getKind() {
        return kind;
    }

    public @Nullable String getDedupeKey() {
        return dedupeKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public @Nullable String getRecipientUser() {
        return recipientUser;
    }

    public @Nullable Long getWardId() {
        return wardId;
    }

    public Locale getLanguage() {
        return Locale.of(language);
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
