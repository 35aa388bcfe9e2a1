package jp.osaka.renkei.base.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The security headers of every response, in one place: Spring Security writes them on the app's responses
 * (SecurityConfiguration), {@link ServerErrorPages} on the pages that Tomcat answers by itself.
 */
final class SecurityHeaders {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page starts the client engine with an inline script
     * and the engine builds functions from what the server sends (executeJs), hence 'unsafe-inline' and
     * 'unsafe-eval' for scripts; components set inline styles. Everything else only from this origin
     * (ECharts comes from /webjars); no plugins, no foreign base URL, no framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** Referrer-Policy: the full address to this origin only, nothing to other sites. */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    /** Spring Security's defaults (nosniff, no-store) and ours, for responses that never pass its filter chain. */
    private static final List<HeaderWriter> WRITERS = List.of(
            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
            new XContentTypeOptionsHeaderWriter(),
            new ReferrerPolicyHeaderWriter(REFERRER_POLICY),
            // X-Frame-Options for browsers without frame-ancestors; SecurityConfiguration: sameOrigin()
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN),
            new CacheControlHeadersWriter());

    private SecurityHeaders() {
    }

    /** The same headers as Spring Security writes, for a response that never passed its filter chain. */
    static void writeTo(HttpServletRequest request, HttpServletResponse response) {
        WRITERS.forEach(writer -> writer.writeHeaders(request, response));
    }
}
