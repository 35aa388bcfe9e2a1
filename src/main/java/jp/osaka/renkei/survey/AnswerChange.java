package jp.osaka.renkei.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The history of a response: who changed which answer when, from what to what. Never updated. */
@Entity
@Table(name = "answer_change")
public class AnswerChange {

    /** What changed: an item's level, an item's comment, or the response's status. */
    public enum Field { LEVEL, COMMENT, STATUS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "response_id", nullable = false)
    private long responseId;

    @Column(name = "item_id")
    private @Nullable Long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Field field;

    @Column(name = "old_value", length = Rating.MAX_COMMENT_LENGTH)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = Rating.MAX_COMMENT_LENGTH)
    private @Nullable String newValue;

    @Column(length = Rating.MAX_COMMENT_LENGTH)
    private @Nullable String note;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AnswerChange() {
        this.field = Field.STATUS;
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    AnswerChange(long responseId, Response.Change change, String changedBy, Instant changedAt) {
        this.responseId = responseId;
        this.itemId = change.itemId();
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
        this.note = change.note();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long getResponseId() {
        return responseId;
    }

    public @Nullable Long getItemId() {
        return itemId;
    }

    public Field getField() {
        return field;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
