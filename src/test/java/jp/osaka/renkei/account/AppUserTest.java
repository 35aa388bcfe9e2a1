package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SignInBackOff;

import org.junit.jupiter.api.Test;

class AppUserTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:00:00Z");
    private static final SignInBackOff BACK_OFF = new SignInBackOff(5, Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final AppUser user = new AppUser("ward-kita", "{noop}x", "北区", Role.WARD_OFFICE, 1L, NOW);

    @Test
    void theFifthFailedSignInInARowMakesTheNextAttemptWaitASecondNeverAQuarterOfAnHour() {
        for (int i = 0; i < 4; i++) {
            user.recordFailedSignIn(NOW, BACK_OFF);
        }
        assertThat(user.isWaitingAt(NOW)).isFalse();

        user.recordFailedSignIn(NOW, BACK_OFF);

        assertThat(user.signInWaitAt(NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(user.isWaitingAt(NOW.plusSeconds(1))).isFalse();
    }

    @Test
    void onlyTheFailureThatStartsTheBackOffSaysSoAndEachFurtherOneDoublesTheWait() {
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedSignIn(NOW, BACK_OFF)).isFalse();
        }
        assertThat(user.recordFailedSignIn(NOW, BACK_OFF)).isTrue();

        assertThat(user.recordFailedSignIn(NOW.plusSeconds(1), BACK_OFF)).isFalse();
        assertThat(user.signInWaitAt(NOW.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(user.recordFailedSignIn(NOW.plusSeconds(3), BACK_OFF)).isFalse();
        assertThat(user.signInWaitAt(NOW.plusSeconds(3))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        for (int i = 0; i < 5; i++) {
            user.recordFailedSignIn(NOW, BACK_OFF);
        }
        user.recordSuccessfulSignIn(NOW.plusSeconds(1));
        user.recordFailedSignIn(NOW.plusSeconds(1), BACK_OFF);

        assertThat(user.isWaitingAt(NOW.plusSeconds(1))).isFalse();
        assertThat(user.failedSignIns()).isEqualTo(1);
    }

    @Test
    void anAdministratorsEndOfTheWaitStartsTheCountAfresh() {
        for (int i = 0; i < 6; i++) {
            user.recordFailedSignIn(NOW, BACK_OFF);
        }
        user.endSignInWait();

        assertThat(user.isWaitingAt(NOW)).isFalse();
        assertThat(user.failedSignIns()).isZero();
    }

    @Test
    void onlyWardRolesBelongToAWard() {
        assertThat(Role.WARD_OFFICE.wardScoped()).isTrue();
        assertThat(Role.SUPPORT_ROOM.wardScoped()).isTrue();
        assertThat(Role.CITY_ADMIN.wardScoped()).isFalse();
        assertThat(Role.VIEWER.wardScoped()).isFalse();
    }
}
