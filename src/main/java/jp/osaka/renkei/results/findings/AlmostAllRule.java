package jp.osaka.renkei.results.findings;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.results.ItemResult;

/**
 * ほぼすべての区で「とても連携できている」と回答: at least almost-all-percent of the wards answer とても, and
 * it did not rise beyond a flat change since a comparison round (else {@link AlmostAllRoseRule} says so).
 */
public class AlmostAllRule implements FindingRule {

    public static final String CODE = "ALMOST_ALL";

    private final FindingsProperties settings;

    public AlmostAllRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        List<ItemResult> compared = context.comparedItems();
        return FindingRule.naming(CODE, context.currentItems().stream()
                .filter(item -> almostAll(item, settings))
                .filter(item -> !compared.contains(item) || !AlmostAllRoseRule.rose(item, settings))
                .toList(), FindingRule::veryWell);
    }

    static boolean almostAll(ItemResult item, FindingsProperties settings) {
        return FindingsProperties.atLeast(FindingRule.veryWell(FindingRule.current(item)),
                FindingRule.current(item).answered(), settings.almostAllPercent());
    }
}
