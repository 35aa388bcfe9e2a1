package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final AppUser user = new AppUser("ward-kita", "{noop}x", "北区", Role.WARD_OFFICE, 1L, NOW);

    @Test
    void repeatedFailedSignInsLockTheAccountForAWhile() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(NOW, 5, LOCKOUT);
        }
        assertThat(user.isLockedAt(NOW)).isFalse();

        user.recordFailedSignIn(NOW, 5, LOCKOUT);

        assertThat(user.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(LOCKOUT))).isFalse();
    }

    @Test
    void onlyTheFailureThatLocksSaysSoAndFailuresWhileLockedDoNotProlongTheLockout() {
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedSignIn(NOW, 5, LOCKOUT)).isFalse();
        }
        assertThat(user.recordFailedSignIn(NOW, 5, LOCKOUT)).isTrue();

        for (int i = 0; i < 5; i++) {
            assertThat(user.recordFailedSignIn(NOW.plus(Duration.ofMinutes(10)), 5, LOCKOUT)).isFalse();
        }
        assertThat(user.isLockedAt(NOW.plus(LOCKOUT))).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(NOW, 5, LOCKOUT);
        }
        user.recordSuccessfulSignIn(NOW);
        user.recordFailedSignIn(NOW, 5, LOCKOUT);

        assertThat(user.isLockedAt(NOW)).isFalse();
    }

    @Test
    void onlyWardRolesBelongToAWard() {
        assertThat(Role.WARD_OFFICE.wardScoped()).isTrue();
        assertThat(Role.SUPPORT_ROOM.wardScoped()).isTrue();
        assertThat(Role.CITY_ADMIN.wardScoped()).isFalse();
        assertThat(Role.VIEWER.wardScoped()).isFalse();
    }
}
