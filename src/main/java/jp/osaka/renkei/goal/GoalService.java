package jp.osaka.renkei.goal;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Roles;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 目標: the goals in their order; any signed-in user reads them, administrators correct their wording. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GoalService {

    private final GoalRepository goals;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    GoalService(GoalRepository goals, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.goals = goals;
        this.currentUser = currentUser;
        this.events = events;
    }

    public List<GoalSummary> findAll() {
        return goals.findAllByOrderBySortOrder().stream().map(GoalSummary::of).toList();
    }

    public Optional<GoalSummary> findById(long id) {
        return goals.findById(id).map(GoalSummary::of);
    }

    /** Corrects a goal's title (both languages) and description; refused when someone changed it meanwhile. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public GoalSummary update(long id, long expectedVersion, String titleJa, String titleEn,
            @Nullable String description) {
        Goal goal = goals.findById(id).orElseThrow(() -> new DomainException("goal.notFound"));
        if (goal.getVersion() != expectedVersion) {
            throw new DomainException("goal.stale");
        }
        String before = goal.update(titleJa, titleEn, description);
        goals.flush();
        events.publishEvent(new GoalEvent(currentUser.require().username(), AuditAction.GOAL_UPDATED,
                Integer.toString(goal.getSortOrder()), before + " → " + goal.getTitle().ja()));
        return GoalSummary.of(goal);
    }
}
