package jp.osaka.renkei.goal;

import java.util.SortedMap;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.results.Respondents;

import org.jspecify.annotations.Nullable;

/**
 * A KPI with its value in every published round (by fiscal year) and where it stands.
 *
 * @param respondents who answered the instrument(s) the latest value was measured on (回答 n / 24区); null
 *                    without a value
 */
public record KpiResult(long id, long version, long goalId, LocalizedText name, KpiDefinition definition,
        SortedMap<Integer, Double> values, KpiProgress progress, @Nullable Respondents respondents) {

    public boolean isShare() {
        return definition.kind() == KpiKind.SHARE_AT_LEVELS;
    }
}
