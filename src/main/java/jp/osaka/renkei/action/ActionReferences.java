package jp.osaka.renkei.action;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.survey.PartnerSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks what an action refers to in other features: its partners, its goal and its owner (when a user). */
@Component
class ActionReferences {

    private final PartnerService partners;
    private final GoalService goals;
    private final UserAccountService accounts;

    ActionReferences(PartnerService partners, GoalService goals, UserAccountService accounts) {
        this.partners = partners;
        this.goals = goals;
        this.accounts = accounts;
    }

    void check(ActionInput input) {
        Set<Long> known = partners.findAll().stream().map(PartnerSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(input.partnerIds())) {
            throw new DomainException("action.partners.unknown");
        }
        if (input.goalId() != null && goals.findById(input.goalId()).isEmpty()) {
            throw new DomainException("action.goal.unknown");
        }
        // a person without an account (ownerName) is anyone the ward names; a user must be one who may own it
        if (input.owner() != null && owners(input.wardId()).stream()
                .noneMatch(o -> input.owner().equals(o.username()))) {
            throw new DomainException("action.owner.invalid");
        }
    }

    /** A ward's action is owned by that ward's staff or the bureau; a city-wide one by the bureau. */
    List<ActionService.Owner> owners(@Nullable Long wardId) {
        return owners(wardId, false);
    }

    /** With anyWard, the staff of every ward too when wardId is null. */
    List<ActionService.Owner> owners(@Nullable Long wardId, boolean anyWard) {
        return accounts.findEnabled().stream()
                .filter(u -> isOwnerCandidate(u, wardId) || (anyWard && wardId == null && u.role().wardScoped()))
                .map(u -> new ActionService.Owner(u.username(), u.displayName()))
                .toList();
    }

    static boolean isOwnerCandidate(UserSummary user, @Nullable Long wardId) {
        return user.role() == Role.CITY_ADMIN || (user.role().wardScoped() && wardId != null
                && wardId.equals(user.wardId()));
    }
}
