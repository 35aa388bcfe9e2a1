package jp.osaka.renkei.base.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The password form's failure, counted for the source address ({@link AddressThrottle}): a wrong password goes to
 * /login?error (no hint whether the name or the password was wrong); an attempt during a back-off to
 * /login?error=wait&amp;seconds=N; a directory person Renkei refuses to /login?error=&lt;reason&gt;. The login view
 * says which.
 */
final class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

    /**
     * Puts this handler and the password sign-in's manager (a Renkei password, then LDAP: {@link SignInSetup#passwordSignIn()}) on the form
     * login's filter only, whatever failure URL Vaadin's configurer set. Not http.authenticationManager(…): that
     * replaces the chain's shared manager, and the OpenID Connect login's providers would be lost.
     */
    static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> onFormLogin(AuthenticationManager passwords,
            AddressThrottle addresses) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationManager(passwords);
                filter.setAuthenticationFailureHandler(new LoginFailure(addresses));
                return filter;
            }
        };
    }

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    private final AddressThrottle addresses;

    private LoginFailure(AddressThrottle addresses) {
        super("/login?error");
        this.addresses = addresses;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInThrottled throttled) {
            // Not counted for the address: no password was checked, so nothing was guessed.
            redirect.sendRedirect(request, response,
                    "/login?error=" + SignInThrottled.CODE + "&seconds=" + throttled.seconds());
        } else if (exception instanceof SignInRefused refused) {
            // Not counted either: the directory accepted the password.
            redirect.sendRedirect(request, response, "/login?error=" + refused.code());
        } else {
            addresses.failed(request.getRemoteAddr());
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
