package jp.osaka.renkei.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An action as the list and ホーム show it.
 *
 * @param owner the owner's username; null when the owner has no account
 * @param ownerName the user's display name, or the name of the owner without an account
 * @param ownerWithoutAccount the owner is a person without an account (a free name)
 */
public record ActionRow(long id, String title, @Nullable Long wardId, Set<Long> partnerIds, @Nullable Long goalId,
        ActionStatus status, @Nullable String owner, String ownerName, boolean ownerWithoutAccount, LocalDate dueDate,
        boolean overdue, Instant updatedAt) {

    static ActionRow of(Action action, LocalDate today, Map<String, String> names) {
        return new ActionRow(action.getId(), action.getTitle(), action.getWardId(), action.getPartnerIds(),
                action.getGoalId(), action.getStatus(), action.getOwner(), ownerName(action, names),
                action.getOwnerName() != null, action.getDueDate(), action.isOverdueOn(today), action.getUpdatedAt());
    }

    /** The name people read for the action's owner: a user's display name, or the free name. */
    static String ownerName(Action action, Map<String, String> names) {
        String owner = action.getOwner();
        if (owner == null) {
            return action.getOwnerName() == null ? "" : action.getOwnerName();
        }
        return names.getOrDefault(owner, owner);
    }
}
