package jp.osaka.renkei.account;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in with a Renkei password; an older hash ({bcrypt}) is replaced by the current algorithm's right after
 * the password matched ({@link UserAccountService#updatePassword}). Not with Spring's own
 * setUserDetailsPasswordService: that stores the new hash but signs in the user as loaded, so the session would
 * carry the old hash, and SessionCheckFilter would end it at its next request as one of a changed password.
 */
final class PasswordSignIn extends DaoAuthenticationProvider {

    private final UserDetailsPasswordService upgrades;
    private final PasswordEncoder encoder;

    PasswordSignIn(UserAccountService accounts, PasswordEncoder encoder) {
        super(accounts);
        setPasswordEncoder(encoder);
        this.upgrades = accounts;
        this.encoder = encoder;
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
            UserDetails user) {
        Object presented = authentication.getCredentials();
        if (presented != null && user.getPassword() != null && encoder.upgradeEncoding(user.getPassword())) {
            UserDetails upgraded = upgrades.updatePassword(user, encoder.encode(presented.toString()));
            return super.createSuccessAuthentication(upgraded, authentication, upgraded);
        }
        return super.createSuccessAuthentication(principal, authentication, user);
    }
}
