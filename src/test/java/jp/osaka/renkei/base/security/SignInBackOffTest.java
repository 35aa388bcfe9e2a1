package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The back-off's arithmetic at the default settings: none for four failures, then 1 s, 2 s, 4 s … at most 1 min. */
class SignInBackOffTest {

    private final SignInBackOff backOff = new SignInBackOff(5, Duration.ofSeconds(1), Duration.ofMinutes(1));

    @Test
    void theFirstFourFailuresInARowCallForNoWait() {
        assertThat(IntStream.rangeClosed(0, 4).mapToObj(backOff::waitAfter)).containsOnly(Duration.ZERO);
    }

    @Test
    void fromTheFifthFailureTheWaitDoublesUpToOneMinute() {
        assertThat(IntStream.rangeClosed(5, 12).mapToObj(backOff::waitAfter).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void aVeryLongRunOfFailuresStaysAtTheMaximumWithoutOverflowing() {
        assertThat(backOff.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backOff.waitAfter(70)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void onlyTheFifthFailureStartsTheBackOff() {
        assertThat(IntStream.rangeClosed(0, 20).filter(backOff::startsWith)).containsExactly(5);
    }

    @Test
    void theDefaultSettingsAreTheseAndNonsenseIsRefusedAtStartUp() {
        SecurityProperties defaults = new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 20, Duration.ofHours(12), 0);
        assertThat(defaults.backOff()).isEqualTo(backOff);
        assertThatThrownBy(() -> new SecurityProperties(0, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 20, Duration.ofHours(12), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityProperties(5, Duration.ofMinutes(2), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 20, Duration.ofHours(12), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, -1, 60, 20, Duration.ofHours(12), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 0, Duration.ofHours(12), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 20, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 20, Duration.ofHours(12), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.hashesAtOnce()).as("half the processors, at least one")
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        assertThat(new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10, Duration.ofMinutes(1),
                10_000, 0, 60, 20, Duration.ofHours(12), 3).hashesAtOnce()).isEqualTo(3);
    }

    @Test
    void theWaitShownIsInWholeSecondsRoundedUp() {
        assertThat(new SignInThrottled(Duration.ofMillis(1)).seconds()).isEqualTo(1);
        assertThat(new SignInThrottled(Duration.ofMillis(1500)).seconds()).isEqualTo(2);
        assertThat(new SignInThrottled(Duration.ofSeconds(60)).seconds()).isEqualTo(60);
    }
}
