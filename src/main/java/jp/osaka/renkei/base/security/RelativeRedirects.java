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
                chain.doFilter(request, new Relative(response, request));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before Spring Security's chain
        return registration;
    }

    /**
     * The path, query and fragment of an absolute URL to the request's own origin (scheme, host and port); any
     * other location as it is, e.g. a provider on the same host name at another port (Keycloak on localhost:8180).
     */
    static String relative(String location, String scheme, String host, int port) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host)
                || !uri.getScheme().equalsIgnoreCase(scheme) || effectivePort(uri) != port) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static final class Relative extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Relative(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        private String relative(String location) {
            return RelativeRedirects.relative(location, request.getScheme(), request.getServerName(),
                    request.getServerPort());
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location));
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
        }
    }
}
