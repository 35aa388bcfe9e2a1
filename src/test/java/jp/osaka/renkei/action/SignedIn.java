package jp.osaka.renkei.action;

import java.util.function.Supplier;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RunAs;

/** Runs a test's step signed in as one of the users, through the real sign-in's user details. */
final class SignedIn {

    private final UserAccountService accounts;

    SignedIn(UserAccountService accounts) {
        this.accounts = accounts;
    }

    <T> T as(String username, Supplier<T> work) {
        return RunAs.call(accounts.loadUserByUsername(username), work);
    }

    /** A step that returns nothing, as a supplier for {@link #as}. */
    static Void run(Runnable work) {
        work.run();
        return null;
    }
}
