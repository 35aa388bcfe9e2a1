package jp.osaka.renkei.base.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF tokens (masked per response, as by default), but a token counts only on a request that
 * comes from this app's own origin: the Origin header or, without it, the Referer names the host (and port) the
 * request was sent to. Neither header (old clients, privacy settings) passes on the token alone. The scheme is not
 * compared: behind a proxy that ends TLS without forwarded headers the app sees http where the browser says https.
 */
final class SameOriginCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        tokens.handle(request, response, token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (!fromOwnOrigin(request)) {
            return null;
        }
        try {
            return tokens.resolveCsrfTokenValue(request, token);
        } catch (IllegalArgumentException e) {
            return null; // a token that unmasks to no UTF-8: refused like a wrong one, not a server error
        }
    }

    /** Whether Origin, or without it Referer, names this app's host as the request reached it; true without both. */
    static boolean fromOwnOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return true;
        }
        String authority = authority(source);
        return authority != null && isOwn(authority, request);
    }

    /**
     * The host the browser addressed (the Host header) and the host as the app sees it: the same without a proxy;
     * behind one, server.forward-headers-strategy puts the forwarded host and port there.
     */
    private static boolean isOwn(String authority, HttpServletRequest request) {
        return authority.equalsIgnoreCase(String.valueOf(request.getHeader("Host")))
                || authority.equals(authority(request.getScheme(), request.getServerName(), request.getServerPort()));
    }

    /** host[:port] of an origin or URL, without the scheme's default port; null for "null" or anything unparsable. */
    private static @Nullable String authority(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return authority(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String authority(String scheme, String host, int port) {
        boolean defaultPort = port < 0 || port == 80 && "http".equalsIgnoreCase(scheme)
                || port == 443 && "https".equalsIgnoreCase(scheme);
        return (defaultPort ? host : host + ":" + port).toLowerCase(Locale.ROOT);
    }
}
