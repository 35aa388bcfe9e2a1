package jp.osaka.renkei.home;

import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.SubmissionCount;
import jp.osaka.renkei.survey.WardResponseStatus;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;

/**
 * What ホーム shows the signed-in user, read in one go by {@link HomeService}: each part is there only for the
 * roles that see it (null, or empty, for the others).
 *
 * @param firstRun    the bureau's checklist while anything on it is left to do
 * @param open        the round open for answers, if any
 * @param reminder    when the bureau last reminded the user's ward of its answer to the open round
 * @param ownWard     a ward user's ward, its answers to the open round and the user's instrument
 * @param submissions everyone else: how many wards submitted to the open round
 * @param goals       the bureau's goals with their KPIs
 * @param actions     the bureau's overdue actions, or a ward's due in the next 30 days
 */
public record HomeSummary(RenkeiUser user, @Nullable FirstRunChecklist firstRun, @Nullable RoundSummary open,
        @Nullable Instant reminder, @Nullable OwnWard ownWard, @Nullable Submissions submissions,
        @Nullable Goals goals, @Nullable Actions actions) {

    /** A ward user's own ward: its answers to the open round (none without one), and which instrument is theirs. */
    public record OwnWard(Ward ward, List<WardResponseStatus> statuses, RespondentType mine) {

        public OwnWard {
            statuses = List.copyOf(statuses);
        }
    }

    /** Submissions to the open round per instrument, out of how many wards. */
    public record Submissions(List<SubmissionCount> counts, int wards) {

        public Submissions {
            counts = List.copyOf(counts);
        }
    }

    public record Goals(List<GoalSummary> goals, List<KpiResult> kpis) {

        public Goals {
            goals = List.copyOf(goals);
            kpis = List.copyOf(kpis);
        }
    }

    /**
     * @param overdue true: the bureau's overdue actions ({@code count} in all, {@code rows} the first few); false: a
     *                ward's actions due soon ({@code count} = {@code rows.size()})
     */
    public record Actions(boolean overdue, long count, List<ActionRow> rows) {

        public Actions {
            rows = List.copyOf(rows);
        }
    }
}
