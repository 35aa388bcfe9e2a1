package jp.osaka.renkei.base.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within the app go out as paths ("/login"), never with the host the request named: Spring Security
 * keeps the page asked for before sign-in as a full URL built from the Host header, so a forged
 * {@code Host: evil.example} came back after sign-in as {@code Location: http://evil.example/results} (host header
 * injection). Redirects given as paths stay paths by server.tomcat.use-relative-redirects.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> relativeRedirectFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                chain.doFilter(request, new Relative(response, request.getServerName()));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before Spring Security's chain
        return registration;
    }

    /**
     * The path, query and fragment of an absolute URL to the request's own host; any other location as it is.
     * A change of scheme or port to the same host would be lost: the app makes none (no requires-channel).
     */
    static String relative(String location, String requestHost) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(requestHost)) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static final class Relative extends HttpServletResponseWrapper {

        private final String host;

        Relative(HttpServletResponse response, String host) {
            super(response);
            this.host = host;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location, host));
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location, host), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, host) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value, host) : value);
        }
    }
}
