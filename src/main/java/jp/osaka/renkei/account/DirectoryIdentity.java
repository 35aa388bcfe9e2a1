package jp.osaka.renkei.account;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person as the directory vouched for them at sign-in, before Renkei maps them to a role and ward.
 *
 * @param id the stable identity at the provider (e.g. {@code oidc:<issuer>#<subject>} or {@code ldap:<dn>})
 * @param login the login name, which becomes the Renkei user name (≤ 64 characters)
 * @param displayName the person's name as the directory has it (blank: the login)
 * @param email the address the directory has for them, if any
 * @param groups the directory's groups of the person (names, paths or object ids, as the provider sends them)
 * @param attributes single-valued attributes or claims the mapping may read (e.g. the ward attribute)
 */
public record DirectoryIdentity(String id, String login, String displayName, @Nullable String email,
        Set<String> groups, Map<String, String> attributes) {

    public DirectoryIdentity {
        groups = Set.copyOf(groups);
        attributes = Map.copyOf(attributes);
    }

    String nameOrLogin() {
        return displayName.isBlank() ? login : displayName;
    }
}
