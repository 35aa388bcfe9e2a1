package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Which ward roles of a ward have an enabled account: disabled ones do not count, directory ones do. */
@DemoDataTest
class WardAccountCoverageTest {

    /** 西淀川区 and 此花区: only the tests of their area change their accounts ({@link TestWards}). */
    private static final long NISHIYODOGAWA = TestWards.NISHIYODOGAWA.id();
    private static final long KONOHANA = TestWards.KONOHANA.id();

    @Autowired
    WardAccountCoverage coverage;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    DirectorySignIn directory;

    @Test
    @WithUserDetails("admin")
    void aWardWhoseOnlySupportRoomAccountIsDisabledHasNoSupportRoomUntilItIsEnabledAgain() {
        assertThat(coverage.activeWardRoles().get(NISHIYODOGAWA)).containsExactlyInAnyOrder(Role.WARD_OFFICE,
                Role.SUPPORT_ROOM);
        WardAccountFixture.enable(administration, TestWards.NISHIYODOGAWA_ROOM, false);
        try {
            assertThat(coverage.activeWardRoles().get(NISHIYODOGAWA)).containsExactly(Role.WARD_OFFICE);
            assertThat(WardAccountCoverage.covered(coverage.activeWardRoles(), NISHIYODOGAWA, Role.SUPPORT_ROOM))
                    .isFalse();
        } finally {
            WardAccountFixture.enable(administration, TestWards.NISHIYODOGAWA_ROOM, true);
        }
        assertThat(WardAccountCoverage.covered(coverage.activeWardRoles(), NISHIYODOGAWA, Role.SUPPORT_ROOM))
                .isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aDirectoryAccountCountsLikeALocalOne() {
        WardAccountFixture.enable(administration, TestWards.KONOHANA_OFFICE, false);
        try {
            assertThat(coverage.activeWardRoles().get(KONOHANA)).containsExactly(Role.SUPPORT_ROOM);
            directory.signIn(new DirectoryIdentity("test:dir-konohana", "dir-konohana", "此花区役所 木村",
                    "dir-konohana@example.org", Set.of("renkei-ward-office", "renkei-ward-konohana"), Map.of()));

            assertThat(coverage.activeWardRoles().get(KONOHANA)).containsExactlyInAnyOrder(Role.WARD_OFFICE,
                    Role.SUPPORT_ROOM);
        } finally {
            WardAccountFixture.enable(administration, "dir-konohana", false);
            WardAccountFixture.enable(administration, TestWards.KONOHANA_OFFICE, true);
        }
    }

    @Test
    void administratorsAndViewersCountForNoWard() {
        Map<Long, Set<Role>> active = SystemActor.call(coverage::activeWardRoles);

        assertThat(active.values()).allSatisfy(roles -> assertThat(roles)
                .doesNotContain(Role.CITY_ADMIN, Role.VIEWER));
    }
}
