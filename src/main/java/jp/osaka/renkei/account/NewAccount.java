package jp.osaka.renkei.account;

import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;

/** One account to create from an imported file: a directory account gets no Renkei password. */
public record NewAccount(String username, String displayName, Role role, @Nullable Long wardId,
        @Nullable String email, SignInMethod signIn) {
}
