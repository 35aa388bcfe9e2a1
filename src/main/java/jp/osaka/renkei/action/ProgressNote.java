package jp.osaka.renkei.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;

import org.jspecify.annotations.Nullable;

/** 進捗メモ: what happened on a day, written by the signed-in user. Never changed once written. */
@Entity
@Table(name = "action_note")
public class ProgressNote {

    public static final int MAX_TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "note_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProgressNote() {
        this.date = LocalDate.EPOCH;
        this.text = "";
        this.author = "";
        this.createdAt = Instant.EPOCH;
    }

    ProgressNote(long actionId, @Nullable LocalDate date, String text, String author, Instant createdAt) {
        if (date == null) {
            throw new DomainException("action.note.dateRequired");
        }
        if (text.isBlank()) {
            throw new DomainException("action.note.textRequired");
        }
        TextLimit.check(text.strip(), MAX_TEXT_LENGTH, "action.note.tooLong");
        this.actionId = actionId;
        this.date = date;
        this.text = text.strip();
        this.author = author;
        this.createdAt = createdAt;
    }

    public long getActionId() {
        return actionId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
