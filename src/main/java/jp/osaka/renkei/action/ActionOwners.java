package jp.osaka.renkei.action;

import org.jspecify.annotations.Nullable;

/**
 * How an action's owner is written in its history: a user by their username, a person without an account by
 * {@value #NAME_PREFIX} and their name, so that the history tells the two apart (a name may look like a username).
 */
public final class ActionOwners {

    static final String NAME_PREFIX = "name:";

    private ActionOwners() {
    }

    static @Nullable String historyValue(@Nullable String username, @Nullable String name) {
        return name != null ? NAME_PREFIX + name : username;
    }

    /** The name in a history value that names a person without an account; null for a user (or no owner). */
    public static @Nullable String freeName(@Nullable String historyValue) {
        return historyValue != null && historyValue.startsWith(NAME_PREFIX)
                ? historyValue.substring(NAME_PREFIX.length()) : null;
    }
}
