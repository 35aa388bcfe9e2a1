package jp.osaka.renkei.base.security;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A user as the administrators' user list shows it, with the own address (null: none). */
public record UserSummary(long id, long version, String username, String displayName, Role role,
        @Nullable Long wardId, boolean enabled, boolean locked, boolean mustChangePassword, @Nullable String email,
        SignInMethod signIn, @Nullable Instant lastSignInAt) {

    static UserSummary of(AppUser user, Instant now) {
        return new UserSummary(Objects.requireNonNull(user.getId()), user.getVersion(), user.getUsername(),
                user.getDisplayName(), user.getRole(), user.getWardId(), user.isEnabled(), user.isLockedAt(now),
                user.mustChangePassword(), user.getEmail(), user.getSignInMethod(), user.getLastSignInAt());
    }
}
