package jp.osaka.renkei.account;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jp.osaka.renkei.account.DirectorySignInRefused.Reason;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;

/** Maps a directory person's groups and attributes to a Renkei role and ward, or refuses them with a reason. */
final class DirectoryMapping {

    /** What the directory gives a person in Renkei. */
    record Assignment(Role role, @Nullable Long wardId) {
    }

    private final DirectoryProperties properties;
    private final WardDirectory wards;

    DirectoryMapping(DirectoryProperties properties, WardDirectory wards) {
        this.properties = properties;
        this.wards = wards;
    }

    Assignment map(DirectoryIdentity identity) {
        Set<String> groups = new HashSet<>();
        identity.groups().forEach(group -> groups.add(normalise(group)));
        Role role = DirectoryProperties.PRECEDENCE.stream()
                .filter(candidate -> properties.groupsOf(candidate).stream().map(DirectoryMapping::normalise)
                        .anyMatch(groups::contains))
                .findFirst().orElseThrow(() -> new DirectorySignInRefused(Reason.NO_ROLE));
        return new Assignment(role, role.wardScoped() ? ward(identity, groups) : null);
    }

    private long ward(DirectoryIdentity identity, Set<String> groups) {
        Set<String> named = new HashSet<>();
        String prefix = normalise(properties.wardGroupPrefix());
        if (!prefix.isEmpty()) {
            groups.stream().filter(group -> group.startsWith(prefix) && group.length() > prefix.length())
                    .map(group -> group.substring(prefix.length()))
                    .filter(code -> !isRoleGroup(prefix + code))
                    .forEach(named::add);
        }
        String attribute = properties.wardAttribute();
        if (!attribute.isBlank()) {
            Optional.ofNullable(identity.attributes().get(attribute)).map(DirectoryMapping::normalise)
                    .filter(value -> !value.isEmpty()).ifPresent(named::add);
        }
        if (named.isEmpty()) {
            throw new DirectorySignInRefused(Reason.NO_WARD);
        }
        Set<Long> ids = new HashSet<>();
        for (String code : named) {
            ids.add(wards.idOf(code).orElseThrow(() -> new DirectorySignInRefused(Reason.UNKNOWN_WARD)));
        }
        if (ids.size() > 1) {
            throw new DirectorySignInRefused(Reason.AMBIGUOUS_WARD);
        }
        return ids.iterator().next();
    }

    /** renkei-ward-office starts with the ward prefix renkei-ward- but is a role group, not the ward "office". */
    private boolean isRoleGroup(String group) {
        return DirectoryProperties.PRECEDENCE.stream().flatMap(role -> properties.groupsOf(role).stream())
                .map(DirectoryMapping::normalise).anyMatch(group::equals);
    }

    /** Directory names compare without case and surrounding blanks (Active Directory ignores case). */
    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
