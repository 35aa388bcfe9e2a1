package jp.osaka.renkei.action;

import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and change which action. Ward users read their own ward's and the city-wide actions and
 * change their own ward's; administrators read and change all; viewers read all and change nothing.
 */
final class ActionAccess {

    private ActionAccess() {
    }

    static boolean canRead(RenkeiUser user, @Nullable Long wardId) {
        return wardId == null || user.canAccessWard(wardId);
    }

    static boolean canEdit(RenkeiUser user, @Nullable Long wardId) {
        return switch (user.role()) {
            case CITY_ADMIN -> true;
            case WARD_OFFICE, SUPPORT_ROOM -> wardId != null && user.canAccessWard(wardId);
            case VIEWER -> false;
        };
    }

    static void requireRead(RenkeiUser user, @Nullable Long wardId) {
        if (!canRead(user, wardId)) {
            throw new AccessDeniedException("Action of another ward");
        }
    }

    static void requireEdit(RenkeiUser user, @Nullable Long wardId) {
        if (!canEdit(user, wardId)) {
            throw new AccessDeniedException("Action not editable by " + user.username());
        }
    }

    /** The ward a ward user is limited to; null for everyone who reads all wards. */
    static @Nullable Long scopeOf(RenkeiUser user) {
        return user.role().wardScoped() ? user.wardId() : null;
    }

    static boolean isAdmin(RenkeiUser user) {
        return user.role() == Role.CITY_ADMIN;
    }
}
