package jp.osaka.renkei.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.goal.KpiDefinition;
import jp.osaka.renkei.goal.KpiKind;
import jp.osaka.renkei.goal.KpiProgress;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.goal.KpiStatus;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.SubmissionCount;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;

/** The first-run checklist: a fresh install has only the seeded wards and goals; a set-up one has it all. */
class FirstRunServiceTest {

    private final WardService wards = mock(WardService.class);
    private final UserAccountService accounts = mock(UserAccountService.class);
    private final RoundService rounds = mock(RoundService.class);
    private final InstrumentService instruments = mock(InstrumentService.class);
    private final ResponseService responses = mock(ResponseService.class);
    private final KpiService kpis = mock(KpiService.class);
    private final FirstRunService service = new FirstRunService(wards, accounts, rounds, instruments, responses, kpis);

    private final Ward kita = ward(1);
    private final Ward miyakojima = ward(2);

    @Test
    void aFreshInstallHasOnlyTheWardsDone() {
        when(wards.findAll()).thenReturn(List.of(kita, miyakojima));
        when(accounts.findEnabled()).thenReturn(List.of(user("admin", Role.CITY_ADMIN, null)));
        when(rounds.findAll()).thenReturn(List.of());
        when(kpis.all()).thenReturn(List.of(kpi(2017, 2025))); // the seed's KPIs name rounds nobody created

        FirstRunChecklist checklist = service.checklist();

        assertThat(checklist.done(FirstRunStep.WARDS)).isTrue();
        assertThat(checklist.done(FirstRunStep.ACCOUNTS)).isFalse();
        assertThat(checklist.done(FirstRunStep.ITEMS)).isFalse();
        assertThat(checklist.done(FirstRunStep.PAST_ROUNDS)).isFalse();
        assertThat(checklist.done(FirstRunStep.GOAL_ROUNDS)).isFalse();
        assertThat(checklist.complete()).isFalse();
    }

    @Test
    void aWardWithoutAnAccountOfItsOwnLeavesTheAccountsUndone() {
        when(wards.findAll()).thenReturn(List.of(kita, miyakojima));
        when(accounts.findEnabled()).thenReturn(List.of(user("admin", Role.CITY_ADMIN, null),
                user("viewer", Role.VIEWER, null), user("ward-kita", Role.WARD_OFFICE, 1L)));

        assertThat(service.checklist().done(FirstRunStep.ACCOUNTS)).isFalse();
    }

    @Test
    void anInstallWithAccountsRoundsAnswersAndGoalRoundsIsComplete() {
        when(wards.findAll()).thenReturn(List.of(kita, miyakojima));
        when(accounts.findEnabled()).thenReturn(List.of(user("ward-kita", Role.WARD_OFFICE, 1L),
                user("room-miyakojima", Role.SUPPORT_ROOM, 2L)));
        when(rounds.findAll()).thenReturn(List.of(round(10, 2017, RoundStatus.PUBLISHED),
                round(11, 2025, RoundStatus.DRAFT)));
        when(instruments.hasBothInstruments(anyInt())).thenReturn(true);
        when(responses.submissionCounts(10)).thenReturn(List.of(new SubmissionCount(RespondentType.WARD_OFFICE, 24, 0),
                new SubmissionCount(RespondentType.SUPPORT_ROOM, 23, 1)));
        when(kpis.all()).thenReturn(List.of(kpi(2017, 2025)));

        FirstRunChecklist checklist = service.checklist();

        assertThat(checklist.steps()).allSatisfy((step, done) -> assertThat(done).as(step.name()).isTrue());
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void aPastRoundWithoutSubmittedAnswersAndAGoalWithoutItsTargetRoundAreNotDone() {
        when(wards.findAll()).thenReturn(List.of(kita));
        when(rounds.findAll()).thenReturn(List.of(round(10, 2017, RoundStatus.CLOSED)));
        when(responses.submissionCounts(anyLong())).thenReturn(List.of(
                new SubmissionCount(RespondentType.WARD_OFFICE, 0, 3)));
        when(kpis.all()).thenReturn(List.of(kpi(2017, 2025)));

        FirstRunChecklist checklist = service.checklist();

        assertThat(checklist.done(FirstRunStep.PAST_ROUNDS)).isFalse();
        assertThat(checklist.done(FirstRunStep.GOAL_ROUNDS)).isFalse();
    }

    private static Ward ward(long id) {
        Ward ward = mock(Ward.class);
        when(ward.getId()).thenReturn(id);
        return ward;
    }

    private static UserSummary user(String username, Role role, Long wardId) {
        return new UserSummary(username.hashCode(), 0, username, username, role, wardId, true, false, false, null,
                SignInMethod.LOCAL, null);
    }

    private static RoundSummary round(long id, int year, RoundStatus status) {
        return new RoundSummary(id, year, status, null, null);
    }

    private static KpiResult kpi(int baseline, int target) {
        KpiDefinition definition = new KpiDefinition(KpiKind.MUTUAL_DISAGREEMENT, null, List.of(), Set.of(),
                baseline, 3, target, true);
        return new KpiResult(1, 0, 1, new LocalizedText("相互評価", "Mutual"), definition, new TreeMap<>(),
                new KpiProgress(null, null, null, null, null, KpiStatus.NO_DATA), null);
    }
}
