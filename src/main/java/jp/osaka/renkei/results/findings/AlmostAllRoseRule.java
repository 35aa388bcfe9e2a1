package jp.osaka.renkei.results.findings;

import java.util.Optional;

import jp.osaka.renkei.results.ItemResult;

/**
 * ほぼすべての区で「とても連携できている」と回答しており、{comparison}と比較し増加している: at least
 * almost-all-percent of the wards answer とても, and that count rose by more than a flat change.
 */
public class AlmostAllRoseRule implements FindingRule {

    public static final String CODE = "ALMOST_ALL_ROSE";

    private final FindingsProperties settings;

    public AlmostAllRoseRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.comparedItems().stream()
                .filter(item -> AlmostAllRule.almostAll(item, settings))
                .filter(item -> rose(item, settings))
                .toList(), FindingRule::veryWell);
    }

    /** とても rose by more than flat-wards; only for items asked in both rounds. */
    static boolean rose(ItemResult item, FindingsProperties settings) {
        return FindingRule.veryWellChange(item) > settings.flatWards();
    }
}
