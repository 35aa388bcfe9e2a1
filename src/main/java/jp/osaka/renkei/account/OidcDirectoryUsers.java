package jp.osaka.renkei.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the OpenID Connect user as Spring Security does, then lets {@link DirectorySignIn} decide who that is in
 * Renkei; a refusal ({@link DirectorySignInRefused}) ends the sign-in.
 */
final class OidcDirectoryUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final DirectorySignIn directory;
    private final OidcProperties claims;

    OidcDirectoryUsers(DirectorySignIn directory, OidcProperties claims) {
        this(new OidcUserService(), directory, claims);
    }

    OidcDirectoryUsers(OAuth2UserService<OidcUserRequest, OidcUser> delegate, DirectorySignIn directory,
            OidcProperties claims) {
        this.delegate = delegate;
        this.directory = directory;
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        return new OidcSignInUser(oidcUser, directory.signIn(identity(oidcUser, claims)));
    }

    /** What the provider vouched for, in Renkei's terms: id {@code oidc:<issuer>#<subject>}. */
    static DirectoryIdentity identity(OidcUser user, OidcProperties claims) {
        Map<String, Object> all = user.getClaims();
        String login = text(all.get(claims.loginClaim()));
        String name = user.getFullName() == null ? "" : user.getFullName();
        return new DirectoryIdentity("oidc:" + user.getIssuer() + "#" + user.getSubject(), login, name,
                user.getEmail(), groups(all.get(claims.groupsClaim())), strings(all));
    }

    /** A list or one string; Keycloak's group paths ("/renkei-admin") lose their leading slash. */
    static Set<String> groups(@Nullable Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> add(groups, value));
        } else {
            add(groups, claim);
        }
        return groups;
    }

    private static void add(Set<String> groups, @Nullable Object value) {
        String group = text(value);
        if (group.startsWith("/")) {
            group = group.substring(1);
        }
        if (!group.isBlank()) {
            groups.add(group);
        }
    }

    private static Map<String, String> strings(Map<String, Object> claims) {
        Map<String, String> strings = new TreeMap<>();
        claims.forEach((name, value) -> {
            if (value instanceof String text) {
                strings.put(name, text);
            }
        });
        return strings;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
