package jp.osaka.renkei.base.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The password form's failure: a directory person Renkei refuses goes to /login?error=&lt;reason&gt; (the login view
 * says why), any other failure to /login?error as before (no hint whether the name or the password was wrong).
 */
final class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

    /**
     * Puts this handler and the password sign-in's manager (LdapSignIn: a Renkei password, then LDAP) on the form
     * login's filter only, whatever failure URL Vaadin's configurer set. Not http.authenticationManager(…): that
     * replaces the chain's shared manager, and the OpenID Connect login's providers would be lost.
     */
    static ObjectPostProcessor<UsernamePasswordAuthenticationFilter> onFormLogin(AuthenticationManager passwords) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationManager(passwords);
                filter.setAuthenticationFailureHandler(new LoginFailure());
                return filter;
            }
        };
    }

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    private LoginFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof DirectorySignInRefused refused) {
            redirect.sendRedirect(request, response, "/login?error=" + refused.reason().code());
        } else {
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
