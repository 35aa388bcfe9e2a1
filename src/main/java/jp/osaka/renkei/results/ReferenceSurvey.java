package jp.osaka.renkei.results;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * 医療施設等アンケート of one round: facilities per level for each facility type (a type not entered
 * has all zeros), and the total over all types (対象施設全体).
 */
public record ReferenceSurvey(RoundSummary round, Map<FacilityType, LevelCounts> byType) {

    public ReferenceSurvey {
        EnumMap<FacilityType, LevelCounts> all = new EnumMap<>(FacilityType.class);
        for (FacilityType type : FacilityType.values()) {
            all.put(type, byType.getOrDefault(type, new LevelCounts(Map.of(), 0)));
        }
        byType = Collections.unmodifiableMap(all);
    }

    public LevelCounts total() {
        Map<Level, Integer> sum = new EnumMap<>(Level.class);
        byType.values().forEach(counts -> counts.byLevel().forEach((level, n) -> sum.merge(level, n, Integer::sum)));
        return new LevelCounts(sum, 0);
    }

    public boolean isEmpty() {
        return total().answered() == 0;
    }
}
