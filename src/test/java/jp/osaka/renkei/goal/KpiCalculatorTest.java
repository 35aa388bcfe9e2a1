package jp.osaka.renkei.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.Test;

class KpiCalculatorTest {

    private static final long CENTRE = 6;
    private static final long PHYSIO = 11;

    private static final KpiDefinition VERY_WELL_WITH_CENTRE = new KpiDefinition(KpiKind.WARDS_AT_LEVELS,
            RespondentType.SUPPORT_ROOM, List.of(CENTRE), Set.of(Level.VERY_WELL), 2017, 24, 2025, false);

    @Test
    void countsWardsAtTheChosenLevelsInEachRoundAndMeasuresProgressAgainstTheTimePassed() {
        SortedMap<Integer, KpiCalculator.RoundResults> rounds = new TreeMap<>(Map.of(
                2017, round(Map.of(CENTRE, counts(16, 8, 0, 0, 0)), 3),
                2021, round(Map.of(CENTRE, counts(20, 4, 0, 0, 0)), 9)));

        SortedMap<Integer, Double> values = KpiCalculator.values(VERY_WELL_WITH_CENTRE, rounds);
        KpiProgress progress = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values);

        assertThat(values).containsExactly(Map.entry(2017, 16.0), Map.entry(2021, 20.0));
        assertThat(progress.progress()).isEqualTo(0.5); // (20 - 16) / (24 - 16)
        assertThat(progress.expected()).isEqualTo(0.5); // 4 of 8 years
        assertThat(progress.status()).isEqualTo(KpiStatus.ON_TRACK);
    }

    @Test
    void lessProgressThanTimeIsAtRiskAndLessThanHalfOfItOffTrack() {
        KpiProgress atRisk = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values(2017, 16.0, 2021, 18.0));
        KpiProgress offTrack = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values(2017, 16.0, 2021, 17.0));
        KpiProgress backwards = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values(2017, 16.0, 2021, 15.0));

        assertThat(atRisk.status()).isEqualTo(KpiStatus.AT_RISK); // 0.25 of an expected 0.5
        assertThat(offTrack.status()).isEqualTo(KpiStatus.OFF_TRACK); // 0.125
        assertThat(backwards.status()).isEqualTo(KpiStatus.OFF_TRACK);
        assertThat(backwards.progress()).isNegative();
    }

    @Test
    void aKpiMeasuredOnARoundThatNotEveryWardAnsweredIsProvisionalInsteadOfOffTrack() {
        // 23 → 11 wards at とても only because 13 support rooms did not answer
        SortedMap<Integer, Double> values = values(2017, 16.0, 2021, 11.0);
        Map<Integer, Respondents> respondents = Map.of(2017, new Respondents(24, 24), 2021, new Respondents(11, 24));

        KpiProgress provisional = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values, respondents);
        KpiProgress complete = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values,
                Map.of(2017, new Respondents(24, 24), 2021, new Respondents(24, 24)));

        assertThat(provisional.status()).isEqualTo(KpiStatus.PROVISIONAL);
        assertThat(provisional.current()).isEqualTo(11.0);
        assertThat(complete.status()).isEqualTo(KpiStatus.OFF_TRACK);
    }

    @Test
    void anIncompleteBaselineRoundMakesTheKpiProvisionalToo() {
        KpiProgress progress = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values(2017, 16.0, 2021, 18.0),
                Map.of(2017, new Respondents(20, 24), 2021, new Respondents(24, 24)));

        assertThat(progress.status()).isEqualTo(KpiStatus.PROVISIONAL);
    }

    @Test
    void theRespondentsOfAKpiAreThoseOfItsInstrumentAndTheSharesAreOfThem() {
        KpiDefinition share = new KpiDefinition(KpiKind.SHARE_AT_LEVELS, RespondentType.SUPPORT_ROOM, List.of(CENTRE),
                Set.of(Level.VERY_WELL), 2017, 80, 2025, false);
        KpiCalculator.RoundResults round = round(Map.of(CENTRE, counts(6, 4, 0, 0, 0)), 0, 10);

        assertThat(KpiCalculator.respondents(share, round)).isEqualTo(new Respondents(10, 24));
        assertThat(KpiCalculator.value(share, round)).isEqualTo(60.0); // 6 of the 10 that answered, not of 24
    }

    @Test
    void aTargetAlreadyMetIsAchievedEvenInTheBaselineRound() {
        KpiDefinition kpi = new KpiDefinition(KpiKind.WARDS_AT_LEVELS, RespondentType.SUPPORT_ROOM, List.of(CENTRE),
                Set.of(Level.VERY_WELL), 2017, 12, 2025, false);

        KpiProgress progress = KpiCalculator.progress(kpi, values(2017, 16.0));

        assertThat(progress.status()).isEqualTo(KpiStatus.ACHIEVED);
        assertThat(progress.current()).isEqualTo(16.0);
    }

    @Test
    void valuesWithoutOneInTheBaselineRoundSayTheBaselineIsMissingNotUnmeasured() {
        // e.g. the seed's KPIs (baseline 平成29年度) on an installation that imported 令和3年度 only: the chart
        // plots 令和3年度, so the status must not say 未計測
        KpiProgress progress = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values(2021, 20.0));

        assertThat(progress.status()).isEqualTo(KpiStatus.NO_BASELINE);
        assertThat(progress.baseline()).isNull();
        assertThat(progress.current()).isEqualTo(20.0);
        assertThat(progress.currentYear()).isEqualTo(2021);
        assertThat(progress.progress()).isNull();
    }

    @Test
    void withoutAnyValueTheKpiIsUnmeasured() {
        KpiProgress progress = KpiCalculator.progress(VERY_WELL_WITH_CENTRE, new TreeMap<>());

        assertThat(progress.status()).isEqualTo(KpiStatus.NO_DATA);
        assertThat(progress.current()).isNull();
    }

    @Test
    void anItemMissingInARoundGivesThatRoundNoValueAndTheLatestRoundWithOneCounts() {
        SortedMap<Integer, KpiCalculator.RoundResults> rounds = new TreeMap<>(Map.of(
                2017, round(Map.of(CENTRE, counts(16, 8, 0, 0, 0)), 0),
                2021, round(Map.of(CENTRE, counts(22, 2, 0, 0, 0)), 0),
                2025, round(Map.of(), 0)));

        SortedMap<Integer, Double> values = KpiCalculator.values(VERY_WELL_WITH_CENTRE, rounds);

        assertThat(values).containsOnlyKeys(2017, 2021);
        assertThat(KpiCalculator.progress(VERY_WELL_WITH_CENTRE, values).currentYear()).isEqualTo(2021);
    }

    @Test
    void fewerIsBetterWhenTheTargetIsBelowTheBaseline() {
        KpiDefinition disagreement = new KpiDefinition(KpiKind.MUTUAL_DISAGREEMENT, null, List.of(), Set.of(),
                2017, 3, 2025, true);
        SortedMap<Integer, KpiCalculator.RoundResults> rounds = new TreeMap<>(Map.of(
                2017, round(Map.of(), 11), 2021, round(Map.of(), 7)));

        KpiProgress progress = KpiCalculator.progress(disagreement, KpiCalculator.values(disagreement, rounds));

        assertThat(progress.progress()).isEqualTo(0.5); // (7 - 11) / (3 - 11)
        assertThat(progress.status()).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(KpiCalculator.progress(disagreement, values(2017, 11.0, 2021, 12.0)).status())
                .isEqualTo(KpiStatus.OFF_TRACK);
        assertThat(KpiCalculator.progress(disagreement, values(2017, 11.0, 2021, 3.0)).status())
                .isEqualTo(KpiStatus.ACHIEVED);
    }

    @Test
    void recognitionCountsEveryAnswerButNoSuchOrganisationAndSharesAreOfTheWardsThatAnswered() {
        KpiCalculator.RoundResults round = round(Map.of(PHYSIO, new LevelCounts(Map.of(Level.WELL, 5,
                Level.NOT_WELL, 3, Level.NO_ORGANISATION, 12), 4)), 0);
        KpiDefinition recognised = new KpiDefinition(KpiKind.WARDS_RECOGNISING, RespondentType.SUPPORT_ROOM,
                List.of(PHYSIO), Set.of(), 2017, 20, 2025, false);
        KpiDefinition share = new KpiDefinition(KpiKind.SHARE_AT_LEVELS, RespondentType.SUPPORT_ROOM,
                List.of(PHYSIO), Set.of(Level.WELL, Level.VERY_WELL), 2017, 50, 2025, false);

        assertThat(KpiCalculator.value(recognised, round)).isEqualTo(8.0);
        assertThat(KpiCalculator.value(share, round)).isCloseTo(25.0, within(0.01)); // 5 of 20 that answered
    }

    private static SortedMap<Integer, Double> values(Object... yearsAndValues) {
        SortedMap<Integer, Double> values = new TreeMap<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            values.put((Integer) yearsAndValues[i], (Double) yearsAndValues[i + 1]);
        }
        return values;
    }

    private static LevelCounts counts(int veryWell, int well, int notWell, int notAtAll, int none) {
        return new LevelCounts(Map.of(Level.VERY_WELL, veryWell, Level.WELL, well, Level.NOT_WELL, notWell,
                Level.NOT_AT_ALL, notAtAll, Level.NO_ORGANISATION, none), 0);
    }

    private static KpiCalculator.RoundResults round(Map<Long, LevelCounts> items, int disagreeing) {
        return round(items, disagreeing, 24);
    }

    private static KpiCalculator.RoundResults round(Map<Long, LevelCounts> items, int disagreeing, int submitted) {
        RoundSummary summary = new RoundSummary(1, 2021, RoundStatus.PUBLISHED, LocalDate.of(2021, 12, 1), null);
        List<ItemResult> results = items.entrySet().stream()
                .map(e -> new ItemResult(e.getKey(), "P" + e.getKey(), new LocalizedText("項目", "item"), 1, null, null,
                        e.getValue(), null))
                .toList();
        InstrumentResults instrument = new InstrumentResults(summary, null, RespondentType.SUPPORT_ROOM, 24, submitted,
                0, results);
        return new KpiCalculator.RoundResults() {
            @Override
            public InstrumentResults instrument(RespondentType type) {
                return instrument;
            }

            @Override
            public int mutualDisagreeing() {
                return disagreeing;
            }
        };
    }
}
