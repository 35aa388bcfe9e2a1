package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** What an OpenID Connect provider vouched becomes a {@link DirectoryIdentity} Renkei can map. */
class OidcDirectoryUsersTest {

    private static final OidcProperties DEFAULTS = new OidcProperties("preferred_username", "groups");

    @Test
    void theIdentityIsIssuerAndSubjectWithLoginNameMailGroupsAndStringClaims() {
        DirectoryIdentity identity = OidcDirectoryUsers.identity(user(Map.of("preferred_username", "dir-kita-office",
                "name", "北区役所 山田", "email", "dir-kita-office@city.example.jp",
                "groups", List.of("/renkei-ward-office", "renkei-ward-kita"), "ward", "271276")), DEFAULTS);

        assertThat(identity.id()).isEqualTo("oidc:https://idp.example.jp#subject-1");
        assertThat(identity.login()).isEqualTo("dir-kita-office");
        assertThat(identity.displayName()).isEqualTo("北区役所 山田");
        assertThat(identity.email()).isEqualTo("dir-kita-office@city.example.jp");
        assertThat(identity.groups()).containsExactlyInAnyOrder("renkei-ward-office", "renkei-ward-kita");
        assertThat(identity.attributes()).containsEntry("ward", "271276").doesNotContainKey("groups");
    }

    @Test
    void theClaimsAreConfigurableAndOneGroupMayComeAsAString() {
        DirectoryIdentity identity = OidcDirectoryUsers.identity(user(Map.of("upn", "dir-admin@city.example.jp",
                "roles", "renkei-admin")), new OidcProperties("upn", "roles"));

        assertThat(identity.login()).isEqualTo("dir-admin@city.example.jp");
        assertThat(identity.displayName()).isEmpty();
        assertThat(identity.groups()).containsExactly("renkei-admin");
    }

    static DefaultOidcUser user(Map<String, Object> claims) {
        OidcIdToken.Builder token = OidcIdToken.withTokenValue("token").issuer("https://idp.example.jp")
                .subject("subject-1").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(token::claim);
        return new DefaultOidcUser(List.of(), token.build());
    }
}
