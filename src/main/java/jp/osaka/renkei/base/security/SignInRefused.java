package jp.osaka.renkei.base.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in whose password or directory answer was right but that Renkei refuses all the same; the login page says
 * why by {@link #code()}, and the address is not counted as guessing ({@link LoginFailure}).
 */
public abstract class SignInRefused extends AuthenticationException {

    protected SignInRefused(String message) {
        super(message);
    }

    /** The query value of /login?error=… */
    public abstract String code();
}
