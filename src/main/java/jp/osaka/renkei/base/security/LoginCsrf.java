package jp.osaka.renkei.base.security;

import com.vaadin.flow.spring.security.RequestUtil;

import java.util.LinkedHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * CSRF protection including the login form (login CSRF): Vaadin's configurer exempts its login page from
 * Spring Security's check, so a foreign site could sign a browser in as the attacker's account. Here only
 * Vaadin's own requests (UIDL, heartbeat, upload: they carry the UI's token, which Vaadin checks) are exempt;
 * the form's POST needs the token of the bootstrap page's meta tag, which vaadin-login-form sends, and must
 * come from this origin ({@link SameOriginCsrfTokens}). A refused POST goes back to the login page with
 * {@code ?error=expired}: a login page left open past the session's end has a stale token, and its user only
 * needs to sign in again.
 */
public final class LoginCsrf {

    /** The value of /login?error=… after a refused form POST. */
    public static final String EXPIRED = "expired";

    private static final Logger LOG = LoggerFactory.getLogger(LoginCsrf.class);
    private static final RequestMatcher FORM_POST = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private LoginCsrf() {
    }

    static void configure(CsrfConfigurer<HttpSecurity> csrf, RequestUtil vaadin) {
        csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest)
                .csrfTokenRequestHandler(new SameOriginCsrfTokens())
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(refusal());
                        return filter;
                    }
                });
    }

    /** The form back to the login page; anything else (the logout POST) 401 without a body, as Vaadin answers. */
    private static AccessDeniedHandler refusal() {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(FORM_POST, (request, response, denied) -> {
            LOG.info("Sign-in form refused: no valid CSRF token, or sent from another origin");
            response.sendRedirect(request.getContextPath() + "/login?error=" + EXPIRED);
        });
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers,
                (request, response, denied) -> response.setStatus(HttpStatus.UNAUTHORIZED.value()));
    }
}
