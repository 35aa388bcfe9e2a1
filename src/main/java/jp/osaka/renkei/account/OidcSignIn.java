package jp.osaka.renkei.account;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import jp.osaka.renkei.base.security.PublicAddress;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in, switched on by configuration: with any spring.security.oauth2.client.registration.*
 * the filter chain gets oauth2Login, whose users {@link DirectorySignIn} maps, and sign-out also ends the session
 * at the provider (RP-initiated logout) before coming back to /login?logout. The addresses the provider sends the
 * browser back to start with the public address when one is configured ({@link PublicAddress}).
 */
@Component
class OidcSignIn {

    /** The /login?error=… code of a failure that is no {@link DirectorySignInRefused}. */
    static final String FAILED = "failed";

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    private final @Nullable ClientRegistrationRepository registrations;
    private final DirectorySignIn directory;
    private final OidcProperties claims;
    private final PublicAddress publicAddress;

    OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations, DirectorySignIn directory,
            OidcProperties claims, PublicAddress publicAddress) {
        this.registrations = registrations.getIfAvailable();
        this.directory = directory;
        this.claims = claims;
        this.publicAddress = publicAddress;
    }

    /** Adds oauth2Login when a provider is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (registrations == null) {
            return;
        }
        ClientRegistrationRepository providers = registrations;
        http.oauth2Login(login -> login
                .loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(publicAddress.resolver(providers)))
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(new OidcDirectoryUsers(directory, claims)))
                .failureHandler(OidcSignIn::failed));
    }

    /** Sign-out at the provider too, for a user who came through it; others just end the Renkei session. */
    VaadinSecurityConfigurer logout(VaadinSecurityConfigurer vaadin) {
        if (registrations == null) {
            return vaadin;
        }
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri(publicAddress.base().orElse("{baseUrl}") + "/login?logout");
        handler.setDefaultTargetUrl("/login?logout");
        // the browser leaves through Vaadin's client (a new location), not a redirect of its request: that one
        // would be followed inside the request and the CSP (connect-src 'self') blocks the provider's address
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return vaadin.logoutSuccessHandler(handler);
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        String code = FAILED;
        if (e instanceof DirectorySignInRefused refused) {
            code = refused.reason().code(); // already audited as SIGN_IN_REFUSED
        } else {
            log.warn("OpenID Connect sign-in failed: {}", e.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + code);
    }
}
