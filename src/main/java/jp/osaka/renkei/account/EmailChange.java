package jp.osaka.renkei.account;

import java.util.Objects;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.EmailAddress;

import org.jspecify.annotations.Nullable;

/** The audit of a changed address (EMAIL_CHANGED, "old → new"), the same whoever changed it. */
final class EmailChange {

    private EmailChange() {
    }

    /** Sets the user's address (checked by {@link EmailAddress}); the event to publish, or null when unchanged. */
    static @Nullable UserEvent apply(AppUser user, @Nullable String typed, String actor) {
        String before = user.getEmail();
        user.changeEmail(typed);
        if (Objects.equals(before, user.getEmail())) {
            return null;
        }
        return new UserEvent(actor, AuditAction.EMAIL_CHANGED, user.getUsername(),
                EmailAddress.change(before, user.getEmail()));
    }
}
