/**
 * User accounts: who may sign in and how (Renkei passwords, LDAP, OpenID Connect), lockout, the sign-in log, the
 * signed-in sessions and their administration. Base's security configuration and current user read them only
 * through {@link jp.osaka.renkei.base.security.AccountLookup} and {@link jp.osaka.renkei.base.security.SignInSetup}
 * (docs/decisions/0018-accounts-module.md).
 */
@NullMarked
package jp.osaka.renkei.account;

import org.jspecify.annotations.NullMarked;
