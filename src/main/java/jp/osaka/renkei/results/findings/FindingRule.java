package jp.osaka.renkei.results.findings;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.survey.Level;

/** One rule of DESIGN.md's "Findings rules": at most one sentence, naming every item it applies to. */
public interface FindingRule {

    Optional<GeneratedFinding> apply(FindingContext context);

    /** One finding naming the items, or none when no item qualifies. */
    static Optional<GeneratedFinding> naming(String rule, List<ItemResult> items, ToIntFunction<LevelCounts> count) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Mention> mentions = items.stream()
                .map(item -> new Mention(item.displayNo(), item.label(), count.applyAsInt(current(item)),
                        current(item).answered()))
                .toList();
        return Optional.of(new GeneratedFinding(rule, mentions, List.of()));
    }

    static LevelCounts current(ItemResult item) {
        LevelCounts counts = item.current();
        if (counts == null) {
            throw new IllegalArgumentException("not asked in this round: " + item.partnerCode());
        }
        return counts;
    }

    static int veryWell(LevelCounts counts) {
        return counts.count(Level.VERY_WELL);
    }

    /** The change in とても since the comparison round; only for items asked in both. */
    static int veryWellChange(ItemResult item) {
        Integer change = item.change(Level.VERY_WELL);
        if (change == null) {
            throw new IllegalArgumentException("not asked in both rounds: " + item.partnerCode());
        }
        return change;
    }
}
