package jp.osaka.renkei.results.findings;

import java.util.Optional;

import jp.osaka.renkei.results.LevelCounts;

/**
 * 増加しているものの、約半数程度である: とても rose by more than a flat change, and now about half of the
 * wards (from about-half-min-percent up to about-half-max-percent) answer it.
 */
public class AboutHalfRule implements FindingRule {

    public static final String CODE = "ABOUT_HALF";

    private final FindingsProperties settings;

    public AboutHalfRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.comparedItems().stream()
                .filter(item -> FindingRule.veryWellChange(item) > settings.flatWards())
                .filter(item -> aboutHalf(FindingRule.current(item)))
                .toList(), FindingRule::veryWell);
    }

    private boolean aboutHalf(LevelCounts counts) {
        int veryWell = FindingRule.veryWell(counts);
        return FindingsProperties.atLeast(veryWell, counts.answered(), settings.aboutHalfMinPercent())
                && veryWell * 100 <= settings.aboutHalfMaxPercent() * counts.answered();
    }
}
