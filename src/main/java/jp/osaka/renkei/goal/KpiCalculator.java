package jp.osaka.renkei.goal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * Computes a KPI from the results of each published round, and its progress:
 * (current − baseline) / (target − baseline), with the status rules of {@link KpiStatus}.
 */
final class KpiCalculator {

    /** A published round's results, as a KPI reads them. */
    interface RoundResults {

        InstrumentResults instrument(RespondentType type);

        int mutualDisagreeing();
    }

    /** Below this share of the expected progress a KPI is off track rather than at risk. */
    static final double AT_RISK_FLOOR = 0.5;

    private KpiCalculator() {
    }

    /** The KPI's value in each round (by fiscal year); no entry where an item was not asked. */
    static SortedMap<Integer, Double> values(KpiDefinition kpi, SortedMap<Integer, RoundResults> rounds) {
        SortedMap<Integer, Double> values = new java.util.TreeMap<>();
        rounds.forEach((year, round) -> {
            Double value = value(kpi, round);
            if (value != null) {
                values.put(year, value);
            }
        });
        return values;
    }

    static @Nullable Double value(KpiDefinition kpi, RoundResults round) {
        if (kpi.kind() == KpiKind.MUTUAL_DISAGREEMENT) {
            return (double) round.mutualDisagreeing();
        }
        if (kpi.respondentType() == null || kpi.partnerIds().isEmpty()) {
            return null;
        }
        InstrumentResults results = round.instrument(kpi.respondentType());
        int counted = 0;
        int answered = 0;
        for (long partner : kpi.partnerIds()) {
            LevelCounts counts = results.items().stream().filter(item -> item.partnerId() == partner).findFirst()
                    .map(ItemResult::current).orElse(null);
            if (counts == null) {
                return null; // an item not asked in this round: no value rather than a wrong one
            }
            answered += counts.answered();
            counted += switch (kpi.kind()) {
                case WARDS_AT_LEVELS, SHARE_AT_LEVELS -> kpi.levels().stream().mapToInt(counts::count).sum();
                case WARDS_RECOGNISING -> counts.answered() - counts.count(Level.NO_ORGANISATION);
                case MUTUAL_DISAGREEMENT -> 0;
            };
        }
        if (kpi.kind() == KpiKind.SHARE_AT_LEVELS) {
            return answered == 0 ? null : Math.round(counted * 1000.0 / answered) / 10.0;
        }
        return (double) counted;
    }

    /**
     * Who answered what a KPI reads in a round: its instrument's respondents, or for the mutual pair the
     * fewer of the two instruments'.
     */
    static @Nullable Respondents respondents(KpiDefinition kpi, RoundResults round) {
        if (kpi.kind() == KpiKind.MUTUAL_DISAGREEMENT) {
            Respondents office = round.instrument(RespondentType.WARD_OFFICE).respondents();
            Respondents room = round.instrument(RespondentType.SUPPORT_ROOM).respondents();
            return office.submitted() <= room.submitted() ? office : room;
        }
        return kpi.respondentType() == null ? null : round.instrument(kpi.respondentType()).respondents();
    }

    /** Baseline, latest value, progress and status of a KPI from its values per round, every ward answering. */
    static KpiProgress progress(KpiDefinition kpi, SortedMap<Integer, Double> values) {
        return progress(kpi, values, Map.of());
    }

    /**
     * As {@link #progress(KpiDefinition, SortedMap)}, but a KPI whose latest or baseline round lacks some wards'
     * answers is {@link KpiStatus#PROVISIONAL} (参考値) instead of any judged status: fewer wards at a level
     * could be fewer wards answering.
     */
    static KpiProgress progress(KpiDefinition kpi, SortedMap<Integer, Double> values,
            Map<Integer, Respondents> respondents) {
        KpiProgress judged = judge(kpi, values);
        if (judged.status() == KpiStatus.NO_DATA || judged.status() == KpiStatus.NO_BASELINE
                || judged.currentYear() == null) {
            return judged;
        }
        boolean incomplete = incomplete(respondents.get(judged.currentYear()))
                || incomplete(respondents.get(kpi.baselineYear()));
        return incomplete ? new KpiProgress(judged.baseline(), judged.current(), judged.currentYear(),
                judged.progress(), judged.expected(), KpiStatus.PROVISIONAL) : judged;
    }

    private static boolean incomplete(@Nullable Respondents respondents) {
        return respondents != null && !respondents.complete();
    }

    private static KpiProgress judge(KpiDefinition kpi, SortedMap<Integer, Double> values) {
        Double baseline = values.get(kpi.baselineYear());
        Map<Integer, Double> since = new LinkedHashMap<>(values.tailMap(kpi.baselineYear()));
        if (baseline == null && !values.isEmpty()) {
            // the chart plots these values: say that the baseline is what is missing, with the latest value
            int latestYear = values.lastKey();
            return new KpiProgress(null, values.get(latestYear), latestYear, null, null, KpiStatus.NO_BASELINE);
        }
        if (baseline == null || since.isEmpty()) {
            return new KpiProgress(baseline, null, null, null, null, KpiStatus.NO_DATA);
        }
        int latestYear = values.lastKey();
        double current = values.get(latestYear);
        boolean reached = kpi.reached(current);
        if (kpi.reached(baseline)) {
            // the target was met from the start: nothing to measure progress against
            return new KpiProgress(baseline, current, latestYear, reached ? 1.0 : 0.0, 1.0,
                    reached ? KpiStatus.ACHIEVED : KpiStatus.OFF_TRACK);
        }
        double progress = (current - baseline) / (kpi.target() - baseline);
        double expected = kpi.targetYear() <= kpi.baselineYear() ? 1.0
                : Math.min(1.0, Math.max(0.0, (double) (latestYear - kpi.baselineYear())
                        / (kpi.targetYear() - kpi.baselineYear())));
        KpiStatus status;
        if (reached) {
            status = KpiStatus.ACHIEVED;
        } else if (progress <= 0 && latestYear > kpi.baselineYear()) {
            status = KpiStatus.OFF_TRACK;
        } else if (progress >= expected) {
            status = KpiStatus.ON_TRACK;
        } else if (progress >= expected * AT_RISK_FLOOR) {
            status = KpiStatus.AT_RISK;
        } else {
            status = KpiStatus.OFF_TRACK;
        }
        return new KpiProgress(baseline, current, latestYear, progress, expected, status);
    }
}
