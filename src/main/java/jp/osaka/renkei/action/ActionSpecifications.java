package jp.osaka.renkei.action;

import jakarta.persistence.criteria.Predicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The list's filters and the ward scope as query predicates, so that the database filters, sorts and pages. */
final class ActionSpecifications {

    private ActionSpecifications() {
    }

    /** A ward user's scope: their ward's actions and the city-wide ones; null scope: every action. */
    static Specification<Action> readableIn(@Nullable Long scope) {
        return (root, query, cb) -> scope == null ? cb.conjunction()
                : cb.or(cb.isNull(root.get("wardId")), cb.equal(root.get("wardId"), scope));
    }

    static Specification<Action> matching(ActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.cityWide()) {
                predicates.add(cb.isNull(root.get("wardId")));
            } else if (filter.wardId() != null) {
                predicates.add(cb.equal(root.get("wardId"), filter.wardId()));
            }
            if (filter.partnerId() != null) {
                // a subquery rather than a join, so that paging counts each action once
                var sub = query.subquery(Long.class);
                var partnered = sub.from(Action.class);
                sub.select(partnered.get("id")).where(cb.equal(partnered.join("partnerIds"), filter.partnerId()));
                predicates.add(root.get("id").in(sub));
            }
            if (filter.goalId() != null) {
                predicates.add(cb.equal(root.get("goalId"), filter.goalId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.owner() != null && !filter.owner().isBlank()) {
                predicates.add(cb.equal(root.get("owner"), filter.owner()));
            }
            if (filter.ownerName() != null && !filter.ownerName().isBlank()) {
                predicates.add(cb.equal(root.get("ownerName"), filter.ownerName()));
            }
            if (filter.overdue()) {
                predicates.add(overdue(today).toPredicate(root, query, cb));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** 期限切れ: due before today and not done (the same rule as {@link Action#isOverdueOn}). */
    static Specification<Action> overdue(LocalDate today) {
        return (root, query, cb) -> cb.and(cb.lessThan(root.get("dueDate"), today),
                cb.notEqual(root.get("status"), ActionStatus.DONE));
    }

    /** Not done and due between today and the last day, inclusive. */
    static Specification<Action> dueBetween(LocalDate today, LocalDate last) {
        return (root, query, cb) -> cb.and(cb.between(root.get("dueDate"), today, last),
                cb.notEqual(root.get("status"), ActionStatus.DONE));
    }

    static Specification<Action> inWard(long wardId) {
        return (root, query, cb) -> cb.equal(root.get("wardId"), wardId);
    }
}
