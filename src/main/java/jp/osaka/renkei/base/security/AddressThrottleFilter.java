package jp.osaka.renkei.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

import jp.osaka.renkei.base.i18n.AppLocales;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses the password form's POST /login from an address that used up its failed sign-ins ({@link AddressThrottle})
 * before anything is checked: 429 Too Many Requests with Retry-After, and a short page in Japanese and English that
 * says how long to wait, with a link back to the login page.
 */
final class AddressThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN_POST = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final AddressThrottle throttle;
    private final MessageSource messages;

    AddressThrottleFilter(AddressThrottle throttle, MessageSource messages) {
        this.throttle = throttle;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = LOGIN_POST.matches(request) ? throttle.waitFor(request.getRemoteAddr()) : Duration.ZERO;
        if (!wait.isPositive()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = new SignInThrottled(wait).seconds();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"><title>"
                + text("login.throttled.title", seconds) + "</title></head><body><h1>"
                + text("login.throttled.title", seconds) + "</h1><p>" + text("login.throttled.address", seconds)
                + "</p><p lang=\"en\">" + english("login.throttled.address", seconds) + "</p><p><a href=\"login\">"
                + text("login.throttled.back", seconds) + "</a></p></body></html>");
    }

    private String text(String key, long seconds) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, new Object[] {seconds}, AppLocales.JAPANESE));
    }

    private String english(String key, long seconds) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, new Object[] {seconds}, AppLocales.ENGLISH));
    }
}
