package jp.osaka.renkei.action;

import org.jspecify.annotations.Nullable;

/**
 * The list's filters; null means any. {@code cityWide} asks for city-wide actions only (and then
 * {@code wardId} is ignored); {@code overdue} for actions past their due date and not done. {@code owner} is a
 * username, {@code ownerName} the name of an owner without an account.
 */
public record ActionFilter(@Nullable Long wardId, boolean cityWide, @Nullable Long partnerId, @Nullable Long goalId,
        @Nullable ActionStatus status, @Nullable String owner, @Nullable String ownerName, boolean overdue) {

    public static final ActionFilter NONE = new ActionFilter(null, false, null, null, null, null, false);

    /** Without a filter on an owner without an account. */
    public ActionFilter(@Nullable Long wardId, boolean cityWide, @Nullable Long partnerId, @Nullable Long goalId,
            @Nullable ActionStatus status, @Nullable String owner, boolean overdue) {
        this(wardId, cityWide, partnerId, goalId, status, owner, null, overdue);
    }
}
