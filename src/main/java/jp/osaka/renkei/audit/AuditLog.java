package jp.osaka.renkei.audit;

import jakarta.persistence.criteria.Predicate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.AccessRefusal;
import jp.osaka.renkei.base.security.Roles;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 監査ログ: records every {@link AuditableEvent} in the transaction of the change itself (so a change
 * and its entry are stored together or not at all), and sign-ins and failed sign-ins.
 */
@Service
public class AuditLog {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableEvent event) {
        entries.save(new AuditEntry(clock.instant(), event.actor(), event.action().name(), event.target(),
                event.detail()));
    }

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        entries.save(new AuditEntry(clock.instant(), event.getAuthentication().getName(), AuditAction.SIGN_IN.name(),
                "", ""));
    }

    @EventListener
    @Transactional
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        // The name typed, never the password; the reason says locked, bad credentials, disabled…
        entries.save(new AuditEntry(clock.instant(), event.getAuthentication().getName(),
                AuditAction.SIGN_IN_FAILED.name(), "", event.getException().getClass().getSimpleName()));
    }

    @EventListener
    @Transactional
    void onRefusal(AccessRefusal refusal) {
        entries.save(new AuditEntry(clock.instant(), refusal.actor(), AuditAction.ACCESS_DENIED.name(),
                refusal.target(), refusal.reason()));
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        return entries.findAll(where(filter), PageRequest.of(offset / limit, limit, NEWEST_FIRST))
                .getContent();
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return entries.count(where(filter));
    }

    /** Every matching entry, newest first, for the CSV export. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional(readOnly = true)
    public Stream<AuditEntry> findAll(AuditFilter filter) {
        return entries.findAll(where(filter), NEWEST_FIRST).stream();
    }

    private static Specification<AuditEntry> where(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.action() != null) {
                predicates.add(cb.equal(root.get("action"), filter.action().name()));
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.like(root.get("actor"), "%" + filter.actor().strip() + "%"));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(DateFormats.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(DateFormats.ZONE).toInstant()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
