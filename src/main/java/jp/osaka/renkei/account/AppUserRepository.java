package jp.osaka.renkei.account;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.security.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByDirectoryId(String directoryId);

    List<AppUser> findByWardIdAndRoleAndEnabledTrueOrderByUsername(long wardId, Role role);

    List<AppUser> findByRoleAndEnabledTrueOrderByUsername(Role role);

    /** Each ward id and ward role (Long, Role) with at least one enabled account. */
    @Query("select distinct u.wardId, u.role from AppUser u where u.enabled = true and u.wardId is not null")
    List<Object[]> findEnabledWardRoles();
}
