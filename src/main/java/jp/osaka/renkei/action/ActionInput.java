package jp.osaka.renkei.action;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the action form submits; a null ward means city-wide (全市). */
public record ActionInput(String title, @Nullable String description, @Nullable Long wardId, Set<Long> partnerIds,
        @Nullable Long goalId, String owner, @Nullable LocalDate dueDate, ActionStatus status) {
}
