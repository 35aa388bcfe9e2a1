package jp.osaka.renkei.account;

import org.jspecify.annotations.Nullable;

/** An imported account and its one-time password, shown once (null: a directory account, no password). */
public record IssuedPassword(String username, @Nullable String oneTimePassword) {
}
