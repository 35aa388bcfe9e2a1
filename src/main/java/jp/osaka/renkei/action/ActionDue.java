package jp.osaka.renkei.action;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An action not done whose due date is near or past, for the mails to its owner.
 *
 * @param owner the owner's username; null when the owner has no account, and then no mail goes out
 * @param overdue the due date has passed (期限切れ); otherwise it is within the days asked for (期限が近い)
 */
public record ActionDue(long id, String title, @Nullable Long wardId, @Nullable String owner, LocalDate dueDate,
        boolean overdue) {

    static ActionDue of(Action action, LocalDate today) {
        return new ActionDue(action.getId(), action.getTitle(), action.getWardId(), action.getOwner(),
                action.getDueDate(), action.isOverdueOn(today));
    }
}
