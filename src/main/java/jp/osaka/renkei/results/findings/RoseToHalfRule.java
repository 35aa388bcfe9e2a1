package jp.osaka.renkei.results.findings;

import java.util.Optional;

/**
 * 「とても連携できている」と回答した区の数が約半数に増加している: as {@link AboutHalfRule} (a marked rise to
 * about half), but the rest of the wards nearly all cooperate too: at most rose-to-half-max-not-well-percent
 * answer 連携できていない or 全く連携できていない. Said as progress, not as a reservation.
 */
public class RoseToHalfRule implements FindingRule {

    public static final String CODE = "ROSE_TO_HALF";

    private final FindingsProperties settings;

    public RoseToHalfRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        return FindingRule.naming(CODE, context.comparedItems().stream()
                .filter(item -> Shares.roseMarkedlyToAboutHalf(item, settings))
                .filter(item -> Shares.fewNotWell(FindingRule.current(item), settings))
                .toList(), FindingRule::veryWell);
    }
}
