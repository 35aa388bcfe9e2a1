package jp.osaka.renkei.base.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.util.UrlUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address users open Renkei at, for the addresses an OpenID Connect provider sends the browser back to:
 * renkei.mail.public-url (PUBLIC_URL), the one setting the links in mails start with too. Where it is set to a
 * real address, redirect_uri no longer comes from the request's Host header. On localhost (its default, the
 * embedded and demo start on any port) the request's own address ({baseUrl}) stays.
 */
@Component
public class PublicAddress {

    static final String SETTING = "renkei.mail.public-url";

    private final @Nullable String base;

    PublicAddress(Environment environment) {
        this.base = base(environment.getProperty(SETTING, ""));
    }

    /** The public address without a trailing slash, or nothing for none or one on this machine (loopback). */
    static @Nullable String base(String publicUrl) {
        String host = publicUrl.isBlank() ? null : URI.create(publicUrl.trim()).getHost();
        if (host == null || isLoopback(host.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String url = publicUrl.trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    /** Spring Security's authorization requests, with the redirect_uri on the public address when there is one. */
    public OAuth2AuthorizationRequestResolver resolver(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return onPublicAddress(resolver.resolve(request), request);
            }

            @Override
            public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return onPublicAddress(resolver.resolve(request, registrationId), request);
            }
        };
    }

    private @Nullable OAuth2AuthorizationRequest onPublicAddress(@Nullable OAuth2AuthorizationRequest authorization,
            HttpServletRequest request) {
        String redirectUri = authorization == null ? null : authorization.getRedirectUri();
        // {baseUrl} as Spring Security expands it: the request's scheme, host, port and context path
        String requestBase = UriComponentsBuilder.fromUriString(UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath()).replaceQuery(null).fragment(null).build().toUriString();
        if (base == null || redirectUri == null || !redirectUri.startsWith(requestBase)) {
            return authorization; // no public address, or a registration whose redirect-uri is absolute already
        }
        return OAuth2AuthorizationRequest.from(authorization)
                .redirectUri(base + redirectUri.substring(requestBase.length())).build();
    }
}
