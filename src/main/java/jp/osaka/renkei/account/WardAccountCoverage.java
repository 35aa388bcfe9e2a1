package jp.osaka.renkei.account;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which ward roles of each ward have an account that can answer: enabled (a lock by failed sign-ins ends by itself,
 * so it does not count), local or directory alike. A ward without one cannot answer that respondent type's survey.
 */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
@Transactional(readOnly = true)
public class WardAccountCoverage {

    private final AppUserRepository users;

    WardAccountCoverage(AppUserRepository users) {
        this.users = users;
    }

    /** By ward id, the ward roles with at least one enabled account; a ward with none is absent. One query. */
    public Map<Long, Set<Role>> activeWardRoles() {
        Map<Long, Set<Role>> byWard = new HashMap<>();
        for (Object[] row : users.findEnabledWardRoles()) {
            byWard.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Role.class)).add((Role) row[1]);
        }
        return byWard;
    }

    /** True when the ward has an enabled account in this ward role. */
    public static boolean covered(Map<Long, Set<Role>> active, long wardId, Role role) {
        return active.getOrDefault(wardId, Set.of()).contains(role);
    }
}
