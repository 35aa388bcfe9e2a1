package jp.osaka.renkei.goal;

import java.util.SortedMap;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** A KPI with its value in every published round (by fiscal year) and where it stands. */
public record KpiResult(long id, long version, long goalId, LocalizedText name, KpiDefinition definition,
        SortedMap<Integer, Double> values, KpiProgress progress) {

    public boolean isShare() {
        return definition.kind() == KpiKind.SHARE_AT_LEVELS;
    }
}
