package jp.osaka.renkei.goal;

import java.util.List;
import java.util.Set;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * A KPI as data: what it counts (kind, instrument, items by partner id, levels), from which round
 * (baseline) to which value by which round (target), and whether fewer is better (e.g. wards that disagree).
 */
public record KpiDefinition(
        KpiKind kind,
        @Nullable RespondentType respondentType,
        List<Long> partnerIds,
        Set<Level> levels,
        int baselineYear,
        double target,
        int targetYear,
        boolean fewerIsBetter) {

    public KpiDefinition {
        partnerIds = List.copyOf(partnerIds);
        levels = Set.copyOf(levels);
    }

    /** Whether the value has reached the target, in the KPI's direction. */
    public boolean reached(double value) {
        return fewerIsBetter ? value <= target : value >= target;
    }
}
