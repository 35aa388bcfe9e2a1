package jp.osaka.renkei.home;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Computes the bureau's first-run checklist from each module's own API (a few counts, read on ホーム). */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
public class FirstRunService {

    private final WardService wards;
    private final UserAccountService accounts;
    private final RoundService rounds;
    private final InstrumentService instruments;
    private final ResponseService responses;
    private final KpiService kpis;

    FirstRunService(WardService wards, UserAccountService accounts, RoundService rounds,
            InstrumentService instruments, ResponseService responses, KpiService kpis) {
        this.wards = wards;
        this.accounts = accounts;
        this.rounds = rounds;
        this.instruments = instruments;
        this.responses = responses;
        this.kpis = kpis;
    }

    public FirstRunChecklist checklist() {
        return checklist(kpis.all());
    }

    /** The checklist with the KPIs already computed (ホーム shows them too: {@link HomeService}). */
    public FirstRunChecklist checklist(List<KpiResult> kpiResults) {
        List<Ward> allWards = wards.findAll();
        List<RoundSummary> allRounds = rounds.findAll();
        Map<FirstRunStep, Boolean> steps = new EnumMap<>(FirstRunStep.class);
        steps.put(FirstRunStep.WARDS, !allWards.isEmpty());
        steps.put(FirstRunStep.ACCOUNTS, everyWardHasAnAccount(allWards));
        steps.put(FirstRunStep.ITEMS, allRounds.stream().anyMatch(r -> instruments.hasBothInstruments(r.fiscalYear())));
        steps.put(FirstRunStep.PAST_ROUNDS, allRounds.stream().anyMatch(this::hasSubmittedAnswers));
        steps.put(FirstRunStep.GOAL_ROUNDS, goalRoundsExist(allRounds, kpiResults));
        return new FirstRunChecklist(steps);
    }

    private boolean everyWardHasAnAccount(List<Ward> allWards) {
        Set<Long> withAccount = accounts.findEnabled().stream().filter(u -> u.role().wardScoped())
                .map(UserSummary::wardId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return !allWards.isEmpty() && allWards.stream().allMatch(w -> withAccount.contains(w.getId()));
    }

    private boolean hasSubmittedAnswers(RoundSummary round) {
        return (round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.PUBLISHED)
                && responses.submissionCounts(round.id()).stream().anyMatch(c -> c.submitted() > 0);
    }

    private static boolean goalRoundsExist(List<RoundSummary> allRounds, List<KpiResult> kpiResults) {
        Set<Integer> years = allRounds.stream().map(RoundSummary::fiscalYear).collect(Collectors.toSet());
        return kpiResults.stream().map(KpiResult::definition)
                .allMatch(k -> years.contains(k.baselineYear()) && years.contains(k.targetYear()));
    }
}
