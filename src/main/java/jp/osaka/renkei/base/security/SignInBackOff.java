package jp.osaka.renkei.base.security;

import java.time.Duration;

/**
 * The wait after failed sign-ins in a row: none for the first {@code after - 1}, then {@code first} after the
 * {@code after}-th, doubling with each further failure, never longer than {@code max}.
 */
public record SignInBackOff(int after, Duration first, Duration max) {

    /** The wait that follows this many failures in a row (zero: the next attempt is checked at once). */
    public Duration waitAfter(int failures) {
        if (failures < after) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - after, 30); // 2^30 × a second is far beyond any sensible max
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Whether the failure with this count is the one that starts the back-off (audited once). */
    public boolean startsWith(int failures) {
        return failures == after;
    }
}
