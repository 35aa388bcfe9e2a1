package jp.osaka.renkei.results;

import com.github.benmanes.caffeine.cache.Cache;

import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.results.findings.FindingContext;
import jp.osaka.renkei.results.findings.FindingRules;
import jp.osaka.renkei.results.findings.FindingWriter;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.springframework.stereotype.Component;

/**
 * The generated findings of an instrument in a round: its counts against the round's own comparison
 * round (when the signed-in user may see that one), through every rule, in both languages. Those of a
 * published round compared with a published round are kept once made: neither round can change any more,
 * the rules' settings are read at start-up, and the rules read only city-wide counts, never a ward the user
 * may not see. Every opening of 集計結果 made them afresh before, reading every ward's answers of both
 * instruments for the mutual pairs (the load test in docs/performance.md).
 */
@Component
class FindingGenerator {

    private final ResultsService results;
    private final FindingRules rules;
    private final FindingWriter writer;
    private final Cache<Key, List<Line>> kept;

    FindingGenerator(ResultsService results, FindingRules rules, FindingWriter writer, KeptResults kept) {
        this.results = results;
        this.kept = kept.cache("findings");
        this.rules = rules;
        this.writer = writer;
    }

    /** A generated sentence and the rule behind it. */
    record Line(String rule, LocalizedText text) {
    }

    /** What the findings were made from: a round, an instrument and the comparison round used (0: none). */
    private record Key(long roundId, RespondentType type, int comparisonYear) {
    }

    List<Line> generate(RoundSummary round, RespondentType type) {
        Optional<RoundSummary> comparison = comparison(round);
        if (round.status() == RoundStatus.PUBLISHED
                && comparison.map(other -> other.status() == RoundStatus.PUBLISHED).orElse(true)) {
            Key key = new Key(round.id(), type, comparison.map(RoundSummary::fiscalYear).orElse(0));
            List<Line> known = kept.getIfPresent(key);
            if (known != null) {
                return known;
            }
            Made made = make(round, type, comparison.isPresent());
            if (!made.withheld()) {
                kept.put(key, made.lines()); // only what is made from every count, as the bureau sees it
            }
            return made.lines();
        }
        return make(round, type, comparison.isPresent()).lines();
    }

    /**
     * Small numbers: whether the signed-in user may not read findings of the instrument in the round, as the
     * counts they are made from are withheld from them (see {@link ResultsService}).
     */
    boolean withheld(RoundSummary round, RespondentType type) {
        Optional<RoundSummary> comparison = comparison(round);
        return results.instrument(round.fiscalYear(), comparison.map(RoundSummary::fiscalYear).orElse(null), type)
                .withheld() || results.mutualPairs(round.fiscalYear()).withheld();
    }

    private Optional<RoundSummary> comparison(RoundSummary round) {
        Integer comparisonYear = round.comparisonFiscalYear();
        return comparisonYear == null ? Optional.empty()
                : results.rounds().stream().filter(other -> other.fiscalYear() == comparisonYear).findFirst();
    }

    /** Findings made, and whether some counts were withheld from the user they were made for. */
    private record Made(List<Line> lines, boolean withheld) {
    }

    private Made make(RoundSummary round, RespondentType type, boolean comparable) {
        Integer comparisonYear = round.comparisonFiscalYear();
        InstrumentResults counts = results.instrument(round.fiscalYear(), comparable ? comparisonYear : null, type);
        MutualPairs pairs = results.mutualPairs(round.fiscalYear());
        return new Made(rules.apply(new FindingContext(counts, pairs)).stream()
                .map(finding -> new Line(finding.rule(), writer.write(finding, counts.comparison())))
                .toList(), counts.withheld() || (pairs != null && pairs.withheld()));
    }
}
