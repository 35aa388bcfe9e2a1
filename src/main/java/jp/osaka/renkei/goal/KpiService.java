package jp.osaka.renkei.goal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goals' KPIs: computed for every signed-in user from the published rounds (aggregates only),
 * defined and changed by administrators.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class KpiService {

    private final KpiRepository kpis;
    private final GoalRepository goals;
    private final ResultsService results;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    KpiService(KpiRepository kpis, GoalRepository goals, ResultsService results, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.kpis = kpis;
        this.goals = goals;
        this.results = results;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Every KPI of every goal, each round's results read once for all of them. */
    public List<KpiResult> all() {
        SortedMap<Integer, KpiCalculator.RoundResults> rounds = publishedRounds();
        return kpis.findAllByOrderByGoalIdAscSortOrderAsc().stream().map(kpi -> result(kpi, rounds)).toList();
    }

    public List<KpiResult> forGoal(long goalId) {
        return all().stream().filter(kpi -> kpi.goalId() == goalId).toList();
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void create(long goalId, KpiForm form) {
        goals.findById(goalId).orElseThrow(() -> new DomainException("goal.notFound"));
        validate(form);
        int next = kpis.findByGoalIdOrderBySortOrderDesc(goalId).stream().findFirst()
                .map(last -> last.getSortOrder() + 1).orElse(1);
        Kpi kpi = new Kpi(goalId, next);
        kpi.define(form);
        kpis.saveAndFlush(kpi);
        published(AuditAction.KPI_CREATED, kpi);
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void update(long id, long expectedVersion, KpiForm form) {
        Kpi kpi = kpis.findById(id).orElseThrow(() -> new DomainException("kpi.notFound"));
        if (kpi.getVersion() != expectedVersion) {
            throw new DomainException("kpi.stale");
        }
        validate(form);
        kpi.define(form);
        kpis.flush();
        published(AuditAction.KPI_UPDATED, kpi);
    }

    /** Deletes a KPI, if nobody changed it since the administrator opened it ("kpi.stale"). */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void delete(long id, long expectedVersion) {
        Kpi kpi = kpis.findById(id).orElseThrow(() -> new DomainException("kpi.notFound"));
        if (kpi.getVersion() != expectedVersion) {
            throw new DomainException("kpi.stale"); // changed since the administrator looked: not deleted unseen
        }
        kpis.delete(kpi);
        kpis.flush();
        published(AuditAction.KPI_DELETED, kpi);
    }

    /** The rules a KPI must follow, each with a message that says what to change. */
    static void validate(KpiForm form) {
        KpiDefinition definition = form.definition();
        if (form.nameJa().isBlank()) {
            throw new DomainException("kpi.name.required");
        }
        TextLimit.check(form.nameJa().strip(), KpiForm.MAX_NAME_JA, "kpi.nameJa.tooLong");
        TextLimit.check(form.nameEn() == null ? null : form.nameEn().strip(), KpiForm.MAX_NAME_EN, "kpi.nameEn.tooLong");
        if (definition.kind().needsItems()
                && (definition.respondentType() == null || definition.partnerIds().isEmpty())) {
            throw new DomainException("kpi.items.required");
        }
        if (Kpi.usesLevels(definition.kind()) && definition.levels().isEmpty()) {
            throw new DomainException("kpi.levels.required");
        }
        if (definition.targetYear() <= definition.baselineYear()) {
            throw new DomainException("kpi.years.order");
        }
        if (definition.target() < 0 || (definition.kind() == KpiKind.SHARE_AT_LEVELS && definition.target() > 100)) {
            throw new DomainException("kpi.target.range");
        }
    }

    private KpiResult result(Kpi kpi, SortedMap<Integer, KpiCalculator.RoundResults> rounds) {
        KpiDefinition definition = kpi.definition();
        SortedMap<Integer, Double> values = KpiCalculator.values(definition, rounds);
        Map<Integer, Respondents> respondents = new HashMap<>();
        for (int year : values.keySet()) {
            Respondents answered = KpiCalculator.respondents(definition, rounds.get(year));
            if (answered != null) {
                respondents.put(year, answered);
            }
        }
        KpiProgress progress = KpiCalculator.progress(definition, values, respondents);
        return new KpiResult(kpi.getId(), kpi.getVersion(), kpi.getGoalId(), kpi.getName(), definition, values,
                progress, progress.currentYear() == null ? null : respondents.get(progress.currentYear()));
    }

    /** The published rounds, each read lazily: a round's instruments only when a KPI asks for them. */
    private SortedMap<Integer, KpiCalculator.RoundResults> publishedRounds() {
        SortedMap<Integer, KpiCalculator.RoundResults> rounds = new TreeMap<>();
        for (RoundSummary round : results.rounds()) {
            if (round.status() == RoundStatus.PUBLISHED) {
                rounds.put(round.fiscalYear(), new LazyRound(round.fiscalYear()));
            }
        }
        return rounds;
    }

    private void published(AuditAction action, Kpi kpi) {
        events.publishEvent(new GoalEvent(currentUser.require().username(), action,
                Long.toString(kpi.getGoalId()), kpi.getName().ja()));
    }

    /** One round's results, fetched once and only if needed. */
    private final class LazyRound implements KpiCalculator.RoundResults {

        private final int fiscalYear;
        private final Map<RespondentType, InstrumentResults> instruments = new EnumMap<>(RespondentType.class);
        private @Nullable Integer disagreeing;

        LazyRound(int fiscalYear) {
            this.fiscalYear = fiscalYear;
        }

        @Override
        public InstrumentResults instrument(RespondentType type) {
            return instruments.computeIfAbsent(type, t -> results.instrument(fiscalYear, null, t));
        }

        @Override
        public int mutualDisagreeing() {
            if (disagreeing == null) {
                disagreeing = results.mutualDisagreeing(fiscalYear);
            }
            return disagreeing;
        }
    }
}
