package jp.osaka.renkei.action;

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

/** The history of an action: who changed which field when, from what to what. Never updated. */
@Entity
@Table(name = "action_change")
public class ActionChange {

    /** What changed; CREATED and NOTE carry the title and the note's text. */
    public enum Field { CREATED, TITLE, DESCRIPTION, WARD, PARTNERS, GOAL, OWNER, DUE_DATE, STATUS, REVIEW, NOTE }

    /** One change, before it is stored. */
    record Change(Field field, @Nullable String oldValue, @Nullable String newValue) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Field field;

    @Column(name = "old_value", length = Action.MAX_DESCRIPTION_LENGTH)
    private @Nullable String oldValue;

    @Column(name = "new_value", length = Action.MAX_DESCRIPTION_LENGTH)
    private @Nullable String newValue;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ActionChange() {
        this.field = Field.CREATED;
        this.changedBy = "";
        this.changedAt = Instant.EPOCH;
    }

    ActionChange(long actionId, Change change, String changedBy, Instant changedAt) {
        this.actionId = actionId;
        this.field = change.field();
        this.oldValue = fitted(change.oldValue());
        this.newValue = fitted(change.newValue());
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /**
     * A value as the column holds it: a progress note's entry is its date, a space and a text that may
     * itself be as long as the column, so the end of a long value gives way to "…" (the note keeps it whole).
     */
    static @Nullable String fitted(@Nullable String value) {
        if (value == null || value.length() <= Action.MAX_DESCRIPTION_LENGTH) {
            return value;
        }
        int end = Action.MAX_DESCRIPTION_LENGTH - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never half an emoji
        }
        return value.substring(0, end) + "…";
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

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
