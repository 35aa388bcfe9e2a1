package jp.osaka.renkei.demo;

import java.util.EnumMap;
import java.util.Map;

import jp.osaka.renkei.base.StartupData;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.FacilityType;
import jp.osaka.renkei.results.ReferenceSurveyService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's 医療施設等アンケート of 令和3年度 (illustrative counts: the seed shows the chart, not its
 * numbers), entered after {@link DemoData} has made the round, unless counts are already there.
 */
@Component
@Profile("!mysql")
@ConditionalOnBooleanProperty("renkei.demo-data")
@Order(11)
class DemoReferenceSurvey implements StartupData {

    /** Facilities per level, in Level order, for each facility type. */
    private static final int[][] COUNTS_2021 = {
        {18, 52, 21, 4, 0}, {61, 143, 38, 9, 0}, {9, 41, 30, 12, 0}, {48, 167, 81, 20, 0}, {79, 118, 19, 3, 0}};

    private final RoundService rounds;
    private final ReferenceSurveyService reference;

    DemoReferenceSurvey(RoundService rounds, ReferenceSurveyService reference) {
        this.rounds = rounds;
        this.reference = reference;
    }

    @Override
    public void load() {
        SystemActor.run(() -> {
            if (rounds.findByFiscalYear(2021).isEmpty() || !reference.counts(2021).isEmpty()) {
                return;
            }
            Map<FacilityType, Map<Level, Integer>> counts = new EnumMap<>(FacilityType.class);
            for (FacilityType type : FacilityType.values()) {
                Map<Level, Integer> levels = new EnumMap<>(Level.class);
                for (Level level : Level.values()) {
                    levels.put(level, COUNTS_2021[type.ordinal()][level.ordinal()]);
                }
                counts.put(type, levels);
            }
            reference.save(2021, counts);
        });
    }
}
