package jp.osaka.renkei.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * One short log line per sign-in and failed sign-in: who and the outcome, never what was typed as the
 * password. A name that is no user's is not logged either: it is often a password typed into the wrong field.
 */
@Component
class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    private final AppUserRepository users;

    SignInLog(AppUserRepository users) {
        this.users = users;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        log.info("Signed in: '{}'", event.getAuthentication().getName());
    }

    @EventListener
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String reason = event.getException().getClass().getSimpleName();
        if (users.findByUsername(name).isPresent()) {
            log.warn("Failed sign-in: '{}' ({})", name, reason);
        } else {
            log.warn("Failed sign-in with an unknown user name ({})", reason);
        }
    }
}
