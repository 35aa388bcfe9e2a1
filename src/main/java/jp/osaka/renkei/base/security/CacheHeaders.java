package jp.osaka.renkei.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caching headers, written eagerly on every response: {@code Cache-Control: no-cache, no-store, max-age=0,
 * must-revalidate} (Spring Security's default), which a static file's server replaces with its own (Vaadin: a year
 * for URLs with a content hash, an hour for the rest; ECharts' webjar: a year, see WebjarCaching). The HTTP/1.0
 * {@code Pragma: no-cache} and {@code Expires: 0} go only on what is not a static file: Chromium treats
 * {@code Pragma: no-cache} as no-cache whatever Cache-Control says, so with it every "immutable" file of Vaadin's
 * was asked for again on every visit (docs/performance.md, "Page weight").
 */
final class CacheHeaders implements HeaderWriter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    /** Code and styles, never user data: Vaadin's bundle, Lumo, the app's CSS and scripts, webjars. */
    static final List<String> STATIC_FILES = List.of("/VAADIN/build/**", "/lumo/**", "/styles/**", "/scripts/**",
            "/webjars/**");

    private static final RequestMatcher STATIC = new OrRequestMatcher(STATIC_FILES.stream()
            .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, pattern))
            .toList());

    static boolean isStaticFile(HttpServletRequest request) {
        return STATIC.matches(request);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", NO_STORE);
        }
        if (!isStaticFile(request)) {
            if (!response.containsHeader("Pragma")) {
                response.setHeader("Pragma", "no-cache");
            }
            if (!response.containsHeader("Expires")) {
                response.setHeader("Expires", "0");
            }
        }
    }

    /**
     * Keeps no-store on everything that is not a static file, whatever is set later: Vaadin answers its UIDL requests
     * (a signed-in user's data) with its own {@code Cache-Control: no-cache}, which lets a browser store them.
     */
    static final class KeepNoStore extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, isStaticFile(request) ? response : new NoStoreResponse(response));
        }
    }

    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, noStore(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                super.setHeader(name, noStore(name, value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isCacheControl(String name) {
            return "Cache-Control".equalsIgnoreCase(name);
        }

        private static String noStore(String name, String value) {
            return isCacheControl(name) && (value == null || !value.contains("no-store")) ? NO_STORE : value;
        }
    }
}
