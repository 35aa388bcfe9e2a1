package jp.osaka.renkei.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.SecurityProperties;
import jp.osaka.renkei.base.security.SignInBackOff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-off per account after failed sign-ins in a row (docs/decisions/0011-sign-in-throttling.md): kept on the
 * account's row, so that every instance sees it. A name that is no account's gets the same back-off in memory: a
 * wait after five wrong passwords must not tell that the name exists. Its start is audited once (SIGN_IN_THROTTLED).
 */
@Component
class AccountBackOff {

    private static final Logger log = LoggerFactory.getLogger(AccountBackOff.class);

    private final AppUserRepository users;
    private final SignInBackOff backOff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Failures of names that are no account's; forgotten once a wait could no longer follow from them. */
    private final Cache<String, NameFailures> names;

    AccountBackOff(AppUserRepository users, SecurityProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.backOff = properties.backOff();
        this.events = events;
        this.clock = clock;
        this.names = Caffeine.newBuilder().maximumSize(properties.addressesTracked())
                .expireAfterWrite(properties.backOffMax().multipliedBy(2).plusHours(1)).build();
    }

    /** How long a sign-in as this name must still wait; zero: its password is checked. */
    @Transactional(readOnly = true)
    public Duration waitFor(String name) {
        Instant now = clock.instant();
        return users.findByUsername(name).map(user -> user.signInWaitAt(now))
                .orElseGet(() -> {
                    NameFailures failures = names.getIfPresent(name);
                    return failures == null ? Duration.ZERO : failures.waitAt(now);
                });
    }

    @EventListener
    @Transactional
    public void onFailedSignIn(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        Instant now = clock.instant();
        users.findByUsername(name).ifPresentOrElse(user -> {
            if (user.recordFailedSignIn(now, backOff)) {
                started(name, user.failedSignIns(), backOff.waitAfter(user.failedSignIns()));
                log.warn("Sign-in back-off of '{}' started after {} failures in a row", name, user.failedSignIns());
            }
        }, () -> {
            NameFailures failures = names.asMap().merge(name, new NameFailures(1, now.plus(backOff.waitAfter(1))),
                    (before, one) -> before.next(now, backOff));
            if (backOff.startsWith(failures.count())) {
                started(name, failures.count(), backOff.waitAfter(failures.count()));
                log.warn("Sign-in back-off started for an unknown user name");
            }
        });
    }

    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        names.invalidate(event.getAuthentication().getName()); // the account's row is reset by UserAccountService
    }

    private void started(String name, int failures, Duration wait) {
        events.publishEvent(new UserEvent(name, AuditAction.SIGN_IN_THROTTLED, name,
                failures + " failed sign-ins in a row; each further attempt waits, the first " + wait.toSeconds()
                        + " s"));
    }

    /** A name's failures in a row and the end of its wait. */
    record NameFailures(int count, Instant waitUntil) {

        NameFailures next(Instant now, SignInBackOff backOff) {
            return new NameFailures(count + 1, now.plus(backOff.waitAfter(count + 1)));
        }

        Duration waitAt(Instant now) {
            return waitUntil.isAfter(now) ? Duration.between(now, waitUntil) : Duration.ZERO;
        }
    }
}
