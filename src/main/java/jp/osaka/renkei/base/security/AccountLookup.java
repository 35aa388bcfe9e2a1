package jp.osaka.renkei.base.security;

import java.util.Optional;

/**
 * The accounts as the current user and the frame need them. The account module keeps the accounts and implements
 * this, so that base does not depend on it (docs/decisions/0018-accounts-module.md).
 */
public interface AccountLookup {

    /** The user with this name as a principal; for authentications that carry only a name (the system, a test's mock user). */
    Optional<RenkeiUser> findByUsername(String username);
}
