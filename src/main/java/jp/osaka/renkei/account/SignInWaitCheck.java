package jp.osaka.renkei.account;

import java.time.Duration;

import jp.osaka.renkei.base.security.SignInThrottled;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The password form's first provider: during a name's back-off ({@link AccountBackOff}) the attempt is refused with
 * {@link SignInThrottled} before any password is checked, so a right password then tells nothing either; otherwise
 * it passes the attempt on (null) to the Renkei password and LDAP providers.
 */
final class SignInWaitCheck implements AuthenticationProvider {

    private final AccountBackOff backOff;

    SignInWaitCheck(AccountBackOff backOff) {
        this.backOff = backOff;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        Duration wait = backOff.waitFor(authentication.getName());
        if (wait.isPositive()) {
            throw new SignInThrottled(wait);
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
