package jp.osaka.renkei.account;

import java.time.Instant;
import java.util.Objects;

import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;

/** A user as the administrators' user list shows it: own address (null: none), waiting (in a sign-in back-off). */
public record UserSummary(long id, long version, String username, String displayName, Role role,
        @Nullable Long wardId, boolean enabled, boolean waiting, boolean mustChangePassword, @Nullable String email,
        SignInMethod signIn, @Nullable Instant lastSignInAt) {

    static UserSummary of(AppUser user, Instant now) {
        return new UserSummary(Objects.requireNonNull(user.getId()), user.getVersion(), user.getUsername(),
                user.getDisplayName(), user.getRole(), user.getWardId(), user.isEnabled(), user.isWaitingAt(now),
                user.mustChangePassword(), user.getEmail(), user.getSignInMethod(), user.getLastSignInAt());
    }
}
