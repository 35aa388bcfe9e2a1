package jp.osaka.renkei.base.security;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A token bucket of failed sign-ins for one source address: room for {@code capacity} failures, all earned back
 * evenly over {@code window}; an attempt needs room for one. Counted exactly as time: {@code credit} is the window's
 * nanoseconds earned so far, one failure costs window / capacity of them. {@code audited}: when the last refusal was
 * audited, so that one entry stands for a whole window of refusals.
 */
record FailureBucket(long credit, Instant at, @Nullable Instant audited) {

    static FailureBucket full(Duration window, Instant now) {
        return new FailureBucket(window.toNanos(), now, null);
    }

    FailureBucket refilled(Instant now, Duration window) {
        if (!now.isAfter(at)) {
            return this;
        }
        long elapsed = Duration.between(at, now).compareTo(window) >= 0 ? window.toNanos()
                : Duration.between(at, now).toNanos();
        return new FailureBucket(Math.min(window.toNanos(), credit + elapsed), now, audited);
    }

    /** The wait until the next attempt (the bucket refilled to now); zero when one is allowed. */
    Duration waitAt(Instant now, int capacity, Duration window) {
        long missing = cost(capacity, window) - refilled(now, window).credit;
        return missing > 0 ? Duration.ofNanos(missing) : Duration.ZERO;
    }

    FailureBucket failed(Instant now, int capacity, Duration window) {
        FailureBucket current = refilled(now, window);
        return new FailureBucket(Math.max(0, current.credit - cost(capacity, window)), current.at, audited);
    }

    /** How many failures the bucket has room for now. */
    long room(Instant now, int capacity, Duration window) {
        return refilled(now, window).credit / cost(capacity, window);
    }

    /** Whether a refusal now is the first of its window (audited), and not one more of an audited one. */
    boolean refusalAudited(Instant now, Duration window) {
        return audited == null || !now.isBefore(audited.plus(window));
    }

    FailureBucket auditedAt(Instant now) {
        return new FailureBucket(credit, at, now);
    }

    private static long cost(int capacity, Duration window) {
        return window.toNanos() / capacity;
    }
}
