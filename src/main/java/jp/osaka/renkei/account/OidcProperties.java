package jp.osaka.renkei.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of an OpenID Connect ID token (or user info) carry the login and the groups
 * (renkei.directory.oidc.*); the providers themselves are spring.security.oauth2.client.registration.*.
 *
 * @param loginClaim the claim that becomes the Renkei user name (Entra ID: preferred_username is the UPN)
 * @param groupsClaim the claim with the person's groups, a list or one string (Keycloak's "/path" names work)
 */
@ConfigurationProperties("renkei.directory.oidc")
public record OidcProperties(
        @DefaultValue("preferred_username") String loginClaim,
        @DefaultValue("groups") String groupsClaim) {
}
