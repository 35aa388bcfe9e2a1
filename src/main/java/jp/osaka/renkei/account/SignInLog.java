package jp.osaka.renkei.account;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One short log line per sign-in and failed sign-in: who and the outcome, never what was typed as the
 * password. A name that is no user's is not logged either: it is often a password typed into the wrong field.
 * A sign-in through a browser also names the client's address: the peer's, or behind a trusted proxy the one it
 * forwarded (ForwardedHeaders).
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
        log.info("Signed in: '{}'{}", event.getAuthentication().getName(), from(event.getAuthentication()));
    }

    @EventListener
    @Transactional(readOnly = true)
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String reason = event.getException().getClass().getSimpleName();
        if (users.findByUsername(name).isPresent()) {
            log.warn("Failed sign-in: '{}' ({}){}", name, reason, from(event.getAuthentication()));
        } else {
            log.warn("Failed sign-in with an unknown user name ({}){}", reason, from(event.getAuthentication()));
        }
    }

    /** " from 203.0.113.7" for a sign-in that came through a request; nothing for one made in code. */
    private static String from(Authentication authentication) {
        if (!(authentication.getDetails() instanceof WebAuthenticationDetails details)) {
            return "";
        }
        // forwarded by a trusted proxy, the address is still text a client wrote: an IP address or nothing of it
        String address = details.getRemoteAddress();
        return " from " + (address != null && address.matches("[0-9a-fA-F:.]{1,45}") ? address : "(not an IP address)");
    }
}
