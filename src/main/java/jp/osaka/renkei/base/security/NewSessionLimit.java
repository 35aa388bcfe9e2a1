package jp.osaka.renkei.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the sessions one client address may open: a script that GETs / over and over makes the server keep a
 * session (and Vaadin UIs) each time. Once an address opened renkei.security.new-sessions-per-address sessions
 * within a minute, its requests without a session are answered 429 until the minute is over. Requests of an
 * existing session (everyone signed in) are never counted or refused. Runs before Spring Security, so it writes
 * the security headers itself. The counts stay in memory, per instance, at most {@link #MAX_ADDRESSES} of them.
 */
final class NewSessionLimit extends OncePerRequestFilter {

    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(NewSessionLimit.class);

    private final int limit;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    NewSessionLimit(SecurityProperties properties, Clock clock) {
        this.limit = properties.newSessionsPerAddress();
        this.clock = clock;
    }

    /** The sessions an address opened since the window started. */
    private record Window(Instant start, int count) {
    }

    /** Health checks (a load balancer's, perhaps through the same address) never create a session. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limit <= 0 || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Instant now = clock.instant();
        Window window = windows.get(address);
        if (window != null && window.start().plus(WINDOW).isAfter(now) && window.count() >= limit) {
            refuse(request, response, address);
            return;
        }
        chain.doFilter(request, response);
        if (request.getSession(false) != null) {
            windows.compute(address, (key, old) -> old == null || !old.start().plus(WINDOW).isAfter(now)
                    ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
            if (windows.size() > MAX_ADDRESSES) {
                forgetEnded(now);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String address) throws IOException {
        log.warn("Refused a new session to {}: more than {} new sessions in a minute", address, limit);
        response.setStatus(429);
        SecurityHeaders.writeTo(request, response);
        response.setHeader("Retry-After", Long.toString(WINDOW.toSeconds()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("429 Too Many Requests".getBytes(StandardCharsets.UTF_8));
    }

    /** Drops the counts of ended windows; if the map is still full (an address flood), starts afresh. */
    private void forgetEnded(Instant now) {
        windows.values().removeIf(w -> !w.start().plus(WINDOW).isAfter(now));
        if (windows.size() > MAX_ADDRESSES) {
            windows.clear();
        }
    }

    /** For tests that open many sessions from one address (127.0.0.1). */
    void forgetAll() {
        windows.clear();
    }
}
