package jp.osaka.renkei.account;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the city's directory (renkei.directory.*): which accounts may still use a Renkei password, and
 * how the directory's groups and attributes map to a role and a ward. The providers themselves are configured
 * where Spring Security reads them (spring.security.oauth2.client.*) and under renkei.directory.ldap.*.
 *
 * @param localSignIn who may sign in with a Renkei password
 * @param roleGroups per role, the directory groups that give it (compared without case); a person in groups of
 *        several roles gets the first in {@link Role}'s precedence CITY_ADMIN, WARD_OFFICE, SUPPORT_ROOM, VIEWER
 * @param wardGroupPrefix a group named this prefix and a ward's code or romaji name gives that ward
 *        (e.g. renkei-ward-kita or renkei-ward-271276); blank: no ward from groups
 * @param wardAttribute an attribute or claim whose value is a ward's code or romaji name; blank: none
 */
@ConfigurationProperties("renkei.directory")
public record DirectoryProperties(
        @DefaultValue("ALL") LocalSignIn localSignIn,
        @Nullable Map<Role, List<String>> roleGroups,
        @DefaultValue("renkei-ward-") String wardGroupPrefix,
        @DefaultValue("") String wardAttribute) {

    /** Who may sign in with a Renkei password once a directory is connected. */
    public enum LocalSignIn {
        /** Every local account (and the only way while no directory is connected). */
        ALL,
        /** Administrators only: the break-glass account for when the directory is down. */
        ADMINISTRATORS,
        /** Nobody: every sign-in goes through the directory. */
        OFF;

        public boolean allows(Role role) {
            return this == ALL || (this == ADMINISTRATORS && role == Role.CITY_ADMIN);
        }
    }

    /** The precedence when a person's groups give several roles. */
    static final List<Role> PRECEDENCE = List.of(Role.CITY_ADMIN, Role.WARD_OFFICE, Role.SUPPORT_ROOM, Role.VIEWER);

    public DirectoryProperties {
        Map<Role, List<String>> groups = new EnumMap<>(Role.class);
        groups.put(Role.CITY_ADMIN, List.of("renkei-admin"));
        groups.put(Role.WARD_OFFICE, List.of("renkei-ward-office"));
        groups.put(Role.SUPPORT_ROOM, List.of("renkei-support-room"));
        groups.put(Role.VIEWER, List.of("renkei-viewer"));
        if (roleGroups != null) {
            groups.putAll(roleGroups);
        }
        roleGroups = Map.copyOf(groups);
    }

    /** The groups that give the role (never null). */
    public List<String> groupsOf(Role role) {
        return java.util.Objects.requireNonNull(roleGroups).getOrDefault(role, List.of());
    }
}
