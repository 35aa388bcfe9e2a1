package jp.osaka.renkei.results;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import jp.osaka.renkei.survey.Level;

/**
 * How many wards gave each level for one item in one round, and how many wards have not submitted
 * (未回答, never counted as a level).
 */
public record LevelCounts(Map<Level, Integer> byLevel, int unanswered) {

    public LevelCounts {
        EnumMap<Level, Integer> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            all.put(level, byLevel.getOrDefault(level, 0));
        }
        byLevel = Collections.unmodifiableMap(all);
    }

    public int count(Level level) {
        return byLevel.get(level);
    }

    /** Wards that gave this item a level. */
    public int answered() {
        return byLevel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** All wards: answered and 未回答. */
    public int wards() {
        return answered() + unanswered;
    }
}
