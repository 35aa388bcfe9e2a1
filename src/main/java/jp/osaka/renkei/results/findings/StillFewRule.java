package jp.osaka.renkei.results.findings;

import java.util.Optional;

/**
 * 増加したものの、依然として少ない: とても rose by more than a flat change, and fewer than
 * still-few-percent of the wards answer it.
 */
public class StillFewRule implements FindingRule {

    public static final String CODE = "STILL_FEW";

    private final FindingsProperties settings;

    public StillFewRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.comparedItems().stream()
                .filter(item -> FindingRule.veryWellChange(item) > settings.flatWards())
                .filter(item -> !FindingsProperties.atLeast(FindingRule.veryWell(FindingRule.current(item)),
                        FindingRule.current(item).answered(), settings.stillFewPercent()))
                .toList(), FindingRule::veryWell);
    }
}
