package jp.osaka.renkei.base.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByDirectoryId(String directoryId);

    List<AppUser> findByWardIdAndRoleAndEnabledTrueOrderByUsername(long wardId, Role role);

    List<AppUser> findByRoleAndEnabledTrueOrderByUsername(Role role);
}
