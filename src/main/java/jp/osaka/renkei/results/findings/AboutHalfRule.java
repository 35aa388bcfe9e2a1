package jp.osaka.renkei.results.findings;

import java.util.Optional;

/**
 * 増加しているものの、約半数程度である: とても rose by more than a flat change and by at least
 * marked-rise-percent points of the wards that answered, and now about half of them (from
 * about-half-min-percent up to about-half-max-percent) answer it, while more than
 * rose-to-half-max-not-well-percent still answer 連携できていない or worse (else {@link RoseToHalfRule}
 * speaks of it). The seed names only the items that rose markedly, not every item near half.
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
                .filter(item -> Shares.roseMarkedlyToAboutHalf(item, settings))
                .filter(item -> !Shares.fewNotWell(FindingRule.current(item), settings))
                .toList(), FindingRule::veryWell);
    }
}
