package jp.osaka.renkei.action;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the action form submits; a null ward means city-wide (全市). The owner is a user (owner, a username) or a
 * person without an account (ownerName, a free name such as 訪問看護ステーション 田中): exactly one of the two.
 */
public record ActionInput(String title, @Nullable String description, @Nullable Long wardId, Set<Long> partnerIds,
        @Nullable Long goalId, @Nullable String owner, @Nullable String ownerName, @Nullable LocalDate dueDate,
        ActionStatus status) {

    /** An action owned by a user. */
    public ActionInput(String title, @Nullable String description, @Nullable Long wardId, Set<Long> partnerIds,
            @Nullable Long goalId, String owner, @Nullable LocalDate dueDate, ActionStatus status) {
        this(title, description, wardId, partnerIds, goalId, owner, null, dueDate, status);
    }
}
