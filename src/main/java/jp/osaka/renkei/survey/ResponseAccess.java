package jp.osaka.renkei.survey;

import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and who may change a response. Ward users see their own ward only, and change only
 * the response of their own respondent type; administrators read all; viewers read no individual answers.
 */
final class ResponseAccess {

    private ResponseAccess() {
    }

    static boolean canRead(RenkeiUser user, ResponseKey key) {
        return switch (user.role()) {
            case CITY_ADMIN -> true;
            case WARD_OFFICE, SUPPORT_ROOM -> user.canAccessWard(key.wardId());
            case VIEWER -> false;
        };
    }

    static boolean canEdit(RenkeiUser user, ResponseKey key) {
        return user.role().wardScoped() && user.canAccessWard(key.wardId())
                && RespondentType.of(user.role()).orElse(null) == key.type();
    }

    static void requireRead(RenkeiUser user, ResponseKey key) {
        if (!canRead(user, key)) {
            throw new AccessDeniedException("Response of another ward");
        }
    }

    static void requireEdit(RenkeiUser user, ResponseKey key) {
        if (!canEdit(user, key)) {
            throw new AccessDeniedException("Response not editable by " + user.username());
        }
    }

    static boolean isAdmin(RenkeiUser user) {
        return user.role() == Role.CITY_ADMIN;
    }
}
