package jp.osaka.renkei.home;

import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionSearch;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.survey.ReminderService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what ホーム shows the signed-in user ({@link HomeSummary}), through each feature's own services (which
 * check who may read what), in one read-only transaction; the view only lays it out.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class HomeService {

    /** How many actions a card lists; the bureau's count of overdue ones says how many there are in all. */
    public static final int ROWS_SHOWN = 5;
    /** A ward sees the actions due within this many days. */
    static final int DUE_WITHIN_DAYS = 30;

    private final CurrentUser currentUser;
    private final RoundService rounds;
    private final ResponseService responses;
    private final ReminderService reminders;
    private final WardService wards;
    private final ActionSearch actions;
    private final GoalService goals;
    private final KpiService kpis;
    private final FirstRunService firstRun;

    HomeService(CurrentUser currentUser, RoundService rounds, ResponseService responses, ReminderService reminders,
            WardService wards, ActionSearch actions, GoalService goals, KpiService kpis, FirstRunService firstRun) {
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.responses = responses;
        this.reminders = reminders;
        this.wards = wards;
        this.actions = actions;
        this.goals = goals;
        this.kpis = kpis;
        this.firstRun = firstRun;
    }

    public HomeSummary summary() {
        RenkeiUser user = currentUser.require();
        boolean bureau = user.role() == Role.CITY_ADMIN;
        // the KPIs once, for the checklist and the goals card alike
        List<KpiResult> kpiResults = bureau ? kpis.all() : List.of();
        FirstRunChecklist checklist = bureau ? firstRun.checklist(kpiResults) : null;
        RoundSummary open = rounds.findOpen().orElse(null);
        HomeSummary.OwnWard ownWard = null;
        HomeSummary.Submissions submissions = null;
        Instant reminder = null;
        Long wardId = user.wardId();
        if (user.role().wardScoped() && wardId != null) {
            RespondentType mine = RespondentType.of(user.role()).orElseThrow();
            ownWard = wards.findById(wardId).map(ward -> new HomeSummary.OwnWard(ward,
                    open == null ? List.of() : responses.statusOfOwnWard(open.id()), mine)).orElse(null);
            reminder = open == null ? null : reminders.reminderForOwnResponse(open.id()).orElse(null);
        } else if (open != null) {
            submissions = new HomeSummary.Submissions(responses.submissionCounts(open.id()), wards.findAll().size());
        }
        return new HomeSummary(user, checklist == null || checklist.complete() ? null : checklist, open, reminder,
                ownWard, submissions, bureau ? new HomeSummary.Goals(goals.findAll(), kpiResults) : null,
                actions(user));
    }

    private HomeSummary.@Nullable Actions actions(RenkeiUser user) {
        if (user.role() == Role.CITY_ADMIN) {
            return new HomeSummary.Actions(true, actions.countOverdue(), actions.overdue(ROWS_SHOWN));
        }
        if (user.role().wardScoped()) {
            List<ActionRow> due = actions.dueSoonInOwnWard(DUE_WITHIN_DAYS);
            return new HomeSummary.Actions(false, due.size(), due);
        }
        return null;
    }
}
