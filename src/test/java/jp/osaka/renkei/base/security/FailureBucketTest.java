package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The token bucket per source address at the defaults: 10 failures at once, then one more every 6 s. */
class FailureBucketTest {

    private static final int CAPACITY = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void tenFailuresAtOnceEmptyTheBucketAndTheNextAttemptWaitsSixSeconds() {
        FailureBucket bucket = FailureBucket.full(WINDOW, T0);
        for (int i = 0; i < 9; i++) {
            bucket = bucket.failed(T0, CAPACITY, WINDOW);
        }
        assertThat(bucket.waitAt(T0, CAPACITY, WINDOW)).isZero();

        bucket = bucket.failed(T0, CAPACITY, WINDOW);

        assertThat(bucket.waitAt(T0, CAPACITY, WINDOW)).isEqualTo(Duration.ofSeconds(6));
        assertThat(bucket.waitAt(T0.plusSeconds(4), CAPACITY, WINDOW)).isEqualTo(Duration.ofSeconds(2));
        assertThat(bucket.waitAt(T0.plusSeconds(6), CAPACITY, WINDOW)).isZero();
    }

    @Test
    void anEmptyBucketIsFullAgainAfterTheWindowAndNeverFuller() {
        FailureBucket bucket = FailureBucket.full(WINDOW, T0);
        for (int i = 0; i < 30; i++) {
            bucket = bucket.failed(T0, CAPACITY, WINDOW);
        }
        assertThat(bucket.room(T0, CAPACITY, WINDOW)).isZero();

        assertThat(bucket.room(T0.plus(WINDOW.multipliedBy(5)), CAPACITY, WINDOW)).isEqualTo(CAPACITY);
        assertThat(bucket.room(T0.plusSeconds(30), CAPACITY, WINDOW)).isEqualTo(5);
    }

    @Test
    void oneRefusalIsAuditedPerWindow() {
        FailureBucket bucket = FailureBucket.full(WINDOW, T0);
        assertThat(bucket.refusalAudited(T0, WINDOW)).isTrue();

        FailureBucket audited = bucket.auditedAt(T0);

        assertThat(audited.refusalAudited(T0.plusSeconds(59), WINDOW)).isFalse();
        assertThat(audited.refusalAudited(T0.plusSeconds(60), WINDOW)).isTrue();
    }
}
