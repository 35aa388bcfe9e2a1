package jp.osaka.renkei.base.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling an operator may change (renkei.security.*); docs/decisions/0011-sign-in-throttling.md.
 * There is no lockout any more: max-failed-sign-ins and lockout are no longer read.
 *
 * @param backOffAfter failed sign-ins in a row to one account (or one name) after which each further attempt waits
 * @param backOffFirst the first wait; it doubles with each further failure
 * @param backOffMax the longest wait
 * @param addressFailures failed sign-ins from one source address, over all accounts, before it is refused (a burst)
 * @param addressWindow the time in which an address earns that many attempts back (a token bucket)
 * @param addressesTracked how many source addresses each instance remembers at most (the least recent are forgotten)
 * @param maxSessionsPerUser signed-in sessions a user may have at once; a sign-in beyond ends their oldest
 *        session (0: no limit)
 * @param newSessionsPerAddress new sessions one client address may open in a minute before it is answered 429
 *        (0: no bound); sessions already signed in are not affected
 * @param maxUisPerSession open UIs (tabs, reloads) a session keeps; opening one more closes the oldest
 * @param maxSessionAge how long a session lasts at most from its sign-in, however busy (ASVS 7.3.2)
 * @param passwordHashesAtOnce how many password hashes (a sign-in's check, a new password) are computed at once;
 *        more wait their turn, so that sign-ins cannot take every core from the users already working (0: half the
 *        processors, at least one)
 */
@ConfigurationProperties("renkei.security")
public record SecurityProperties(
        @DefaultValue("5") int backOffAfter,
        @DefaultValue("1s") Duration backOffFirst,
        @DefaultValue("1m") Duration backOffMax,
        @DefaultValue("10") int addressFailures,
        @DefaultValue("1m") Duration addressWindow,
        @DefaultValue("10000") int addressesTracked,
        @DefaultValue("0") int maxSessionsPerUser,
        @DefaultValue("60") int newSessionsPerAddress,
        @DefaultValue("20") int maxUisPerSession,
        @DefaultValue("12h") Duration maxSessionAge,
        @DefaultValue("0") int passwordHashesAtOnce) {

    public SecurityProperties {
        if (backOffAfter < 1 || addressFailures < 1 || addressesTracked < 1) {
            throw new IllegalArgumentException("renkei.security: back-off-after, address-failures and "
                    + "addresses-tracked must be at least 1");
        }
        if (!backOffFirst.isPositive() || backOffMax.compareTo(backOffFirst) < 0 || !addressWindow.isPositive()) {
            throw new IllegalArgumentException("renkei.security: back-off-first and address-window must be positive, "
                    + "back-off-max at least back-off-first");
        }
        if (maxSessionsPerUser < 0 || newSessionsPerAddress < 0 || maxUisPerSession < 1) {
            throw new IllegalArgumentException("renkei.security: max-sessions-per-user and new-sessions-per-address "
                    + "must be 0 or more, max-uis-per-session at least 1");
        }
        if (passwordHashesAtOnce < 0) {
            throw new IllegalArgumentException("renkei.security: password-hashes-at-once must be 0 or more");
        }
        if (!maxSessionAge.isPositive()) {
            throw new IllegalArgumentException("renkei.security: max-session-age must be positive");
        }
    }

    /** How many password hashes may be computed at once: the setting, or half the processors (at least one). */
    public int hashesAtOnce() {
        return passwordHashesAtOnce > 0 ? passwordHashesAtOnce
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    public SignInBackOff backOff() {
        return new SignInBackOff(backOffAfter, backOffFirst, backOffMax);
    }
}
