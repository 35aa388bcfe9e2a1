package jp.osaka.renkei.results.findings;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;

import org.jspecify.annotations.Nullable;

/**
 * 全体として…「とても連携できている」と回答した区の数が増加している: the とても answers summed over the
 * items asked in both rounds rose, counted over the wards that answered both rounds.
 */
public class OverallRiseRule implements FindingRule {

    public static final String CODE = "OVERALL_RISE";

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        List<ItemResult> items = context.comparedItems();
        int before = items.stream().mapToInt(item -> FindingRule.veryWell(paired(item.pairedComparison(), item))).sum();
        int now = items.stream().mapToInt(item -> FindingRule.veryWell(paired(item.pairedCurrent(), item))).sum();
        if (items.isEmpty() || now <= before) {
            return Optional.empty();
        }
        return Optional.of(new GeneratedFinding(CODE, List.of(), List.of(before, now)));
    }

    private static LevelCounts paired(@Nullable LevelCounts counts, ItemResult item) {
        if (counts == null) {
            throw new IllegalArgumentException("not asked in both rounds: " + item.partnerCode());
        }
        return counts;
    }
}
