package jp.osaka.renkei.action;

import org.jspecify.annotations.Nullable;

/**
 * The list's filters; null means any. {@code cityWide} asks for city-wide actions only (and then
 * {@code wardId} is ignored); {@code overdue} for actions past their due date and not done.
 */
public record ActionFilter(@Nullable Long wardId, boolean cityWide, @Nullable Long partnerId, @Nullable Long goalId,
        @Nullable ActionStatus status, @Nullable String owner, boolean overdue) {

    public static final ActionFilter NONE = new ActionFilter(null, false, null, null, null, null, false);
}
