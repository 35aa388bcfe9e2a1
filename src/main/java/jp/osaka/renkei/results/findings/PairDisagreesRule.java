package jp.osaka.renkei.results.findings;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.MutualPairs;

/**
 * 「とても連携できている」の回答に相違がある: the ward offices' とても about their coordinators and the
 * support rooms' とても about their ward office differ by at least pair-difference-wards. Said under
 * both instruments, as each has its side of the pair. Both counts are over the wards where both sides
 * answered, never over different denominators; nothing is said when the counts are withheld.
 */
public class PairDisagreesRule implements FindingRule {

    public static final String CODE = "PAIR_DISAGREES";

    private final FindingsProperties settings;

    public PairDisagreesRule(FindingsProperties settings) {
        this.settings = settings;
    }

    @Override
    public Optional<GeneratedFinding> apply(FindingContext context) {
        MutualPairs pairs = context.pairs();
        boolean asked = context.currentItems().stream().anyMatch(ItemResult::isMutualPair);
        if (pairs == null || !asked || pairs.withheld()
                || Math.abs(pairs.officeVeryWell() - pairs.roomVeryWell()) < settings.pairDifferenceWards()) {
            return Optional.empty();
        }
        return Optional.of(new GeneratedFinding(CODE, List.of(), List.of(pairs.officeVeryWell(), pairs.roomVeryWell(),
                pairs.answeredByBoth())));
    }
}
