package jp.osaka.renkei.base.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

    /** Puts this handler on the form login's filter, whatever failure URL Vaadin's configurer set. */
    static final ObjectPostProcessor<UsernamePasswordAuthenticationFilter> ON_FORM_LOGIN =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                    filter.setAuthenticationFailureHandler(new LoginFailure());
                    return filter;
                }
            };

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
