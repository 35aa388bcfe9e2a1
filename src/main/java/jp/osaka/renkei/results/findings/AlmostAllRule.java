package jp.osaka.renkei.results.findings;

import java.util.Optional;

/** ほぼすべての区で「とても連携できている」と回答: at least almost-all-percent of the wards answer とても. */
public class AlmostAllRule implements FindingRule {

    public static final String CODE = "ALMOST_ALL";

    private final FindingsProperties settings;

    public AlmostAllRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.currentItems().stream()
                .filter(item -> FindingsProperties.atLeast(FindingRule.veryWell(FindingRule.current(item)),
                        FindingRule.current(item).answered(), settings.almostAllPercent()))
                .toList(), FindingRule::veryWell);
    }
}
