package jp.osaka.renkei.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One action with its notes (newest first), its history (newest first), and what the user may do with it.
 *
 * @param owner the owner's username; null when the owner has no account
 * @param ownerName the user's display name, or the name of the owner without an account
 * @param ownerWithoutAccount the owner is a person without an account (a free name)
 */
public record ActionDetail(long id, long version, String title, @Nullable String description, @Nullable Long wardId,
        Set<Long> partnerIds, @Nullable Long goalId, @Nullable String owner, String ownerName,
        boolean ownerWithoutAccount, LocalDate dueDate,
        ActionStatus status, boolean overdue, @Nullable String reviewComment, List<Note> notes,
        List<HistoryEntry> history, boolean editable, boolean reviewable) {

    /** A progress note with its author's display name. */
    public record Note(LocalDate date, String author, String authorName, String text, Instant createdAt) {
    }

    /**
     * One change of the history; values as stored (ids, codes, ISO dates), but an owner by their display name, or
     * by the value {@link ActionOwners#freeName} reads when they have no account.
     */
    public record HistoryEntry(ActionChange.Field field, @Nullable String oldValue, @Nullable String newValue,
            String changedBy, Instant changedAt) {
    }

    /** The form's values, to edit them. */
    public ActionInput input() {
        return new ActionInput(title, description, wardId, partnerIds, goalId, owner,
                ownerWithoutAccount ? ownerName : null, dueDate, status);
    }
}
