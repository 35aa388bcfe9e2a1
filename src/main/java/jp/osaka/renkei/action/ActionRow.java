package jp.osaka.renkei.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An action as the list and ホーム show it. */
public record ActionRow(long id, String title, @Nullable Long wardId, Set<Long> partnerIds, @Nullable Long goalId,
        ActionStatus status, String owner, String ownerName, LocalDate dueDate, boolean overdue, Instant updatedAt) {

    static ActionRow of(Action action, LocalDate today, Map<String, String> names) {
        return new ActionRow(action.getId(), action.getTitle(), action.getWardId(), action.getPartnerIds(),
                action.getGoalId(), action.getStatus(), action.getOwner(),
                names.getOrDefault(action.getOwner(), action.getOwner()), action.getDueDate(),
                action.isOverdueOn(today), action.getUpdatedAt());
    }
}
