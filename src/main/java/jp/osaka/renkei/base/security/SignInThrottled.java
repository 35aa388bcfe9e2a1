package jp.osaka.renkei.base.security;

import java.time.Duration;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused before any check, because the account (or the name) is in its back-off; the login page says to
 * wait {@link #seconds()}. An AccountStatusException, so that the ProviderManager tries no further provider, and not
 * one Spring maps to a failure event: it is neither audited per attempt nor counted as another failure.
 */
public class SignInThrottled extends AccountStatusException {

    /** The query value of /login?error=… */
    public static final String CODE = "wait";

    private final Duration wait;

    public SignInThrottled(Duration wait) {
        super("Sign-in refused unchecked: back-off for " + wait);
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    public long seconds() {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
