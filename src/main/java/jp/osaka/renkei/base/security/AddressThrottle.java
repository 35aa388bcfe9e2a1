package jp.osaka.renkei.base.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.osaka.renkei.base.AuditAction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed password-form sign-ins per source address over all accounts ({@link FailureBucket}), in this instance's
 * memory (bounded: the least recently seen addresses are forgotten), so that one address cannot try many names
 * quickly; docs/decisions/0011-sign-in-throttling.md. The address is the request's remote address, which Tomcat's
 * RemoteIpValve sets from trusted proxies' X-Forwarded-For; nothing here reads that header.
 */
@Component
class AddressThrottle {

    private static final Logger log = LoggerFactory.getLogger(AddressThrottle.class);

    private final int capacity;
    private final Duration window;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Cache<String, FailureBucket> buckets;

    AddressThrottle(SecurityProperties properties, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.capacity = properties.addressFailures();
        this.window = properties.addressWindow();
        this.clock = clock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        // A bucket left alone for a window is full again: forgetting it then changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(properties.addressesTracked()).expireAfterAccess(window)
                .build();
    }

    /** The wait before this address may try again (zero: it may now); the first refusal of a window is audited. */
    Duration waitFor(String address) {
        Instant now = clock.instant();
        FailureBucket bucket = buckets.getIfPresent(address);
        Duration wait = bucket == null ? Duration.ZERO : bucket.waitAt(now, capacity, window);
        if (wait.isPositive()) {
            AtomicBoolean first = new AtomicBoolean();
            buckets.asMap().computeIfPresent(address, (key, before) -> {
                first.set(before.refusalAudited(now, window));
                return first.get() ? before.auditedAt(now) : before;
            });
            if (first.get()) {
                audit(address, wait);
            }
        }
        return wait;
    }

    void failed(String address) {
        Instant now = clock.instant();
        buckets.asMap().merge(address, FailureBucket.full(window, now).failed(now, capacity, window),
                (before, ignored) -> before.failed(now, capacity, window));
    }

    private void audit(String address, Duration wait) {
        log.warn("Sign-ins from {} refused for {} s: {} failed sign-ins within {}", address, wait.toSeconds() + 1,
                capacity, window);
        transaction.executeWithoutResult(status -> events.publishEvent(new SecurityEvent(address,
                AuditAction.SIGN_IN_ADDRESS_THROTTLED, address, capacity + " failed sign-ins from this address within "
                        + window.toSeconds() + " s; further attempts are refused until it earns them back")));
    }
}
