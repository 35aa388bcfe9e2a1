package jp.osaka.renkei.results.findings;

import java.util.List;

import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.MutualPairs;

import org.jspecify.annotations.Nullable;

/**
 * What the rules read: one instrument's counts against its comparison round, and the mutual pair of
 * the same round (null when it is not known).
 */
public record FindingContext(InstrumentResults results, @Nullable MutualPairs pairs) {

    /** Items asked and answered in both rounds: the only ones a change-based rule may speak about. */
    List<ItemResult> comparedItems() {
        if (results.comparison() == null) {
            return List.of();
        }
        return results.items().stream()
                .filter(item -> item.current() != null && item.comparison() != null)
                .filter(item -> item.current().answered() > 0 && item.comparison().answered() > 0)
                .toList();
    }

    /** Items answered in this round. */
    List<ItemResult> currentItems() {
        return results.items().stream()
                .filter(item -> item.current() != null && item.current().answered() > 0)
                .toList();
    }
}
