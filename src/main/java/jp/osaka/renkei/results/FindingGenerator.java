package jp.osaka.renkei.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * instruments for the mutual pairs (issue 7's load test).
 */
@Component
class FindingGenerator {

    private final ResultsService results;
    private final FindingRules rules;
    private final FindingWriter writer;

    FindingGenerator(ResultsService results, FindingRules rules, FindingWriter writer) {
        this.results = results;
        this.rules = rules;
        this.writer = writer;
    }

    /** A generated sentence and the rule behind it. */
    record Line(String rule, LocalizedText text) {
    }

    /** What the findings were made from: a round, an instrument and the comparison round used (0: none). */
    private record Key(long roundId, RespondentType type, int comparisonYear) {
    }

    private final Map<Key, List<Line>> kept = new ConcurrentHashMap<>();

    List<Line> generate(RoundSummary round, RespondentType type) {
        Integer comparisonYear = round.comparisonFiscalYear();
        Optional<RoundSummary> comparison = comparisonYear == null ? Optional.empty()
                : results.rounds().stream().filter(other -> other.fiscalYear() == comparisonYear).findFirst();
        if (round.status() == RoundStatus.PUBLISHED
                && comparison.map(other -> other.status() == RoundStatus.PUBLISHED).orElse(true)) {
            return kept.computeIfAbsent(new Key(round.id(), type, comparison.map(RoundSummary::fiscalYear).orElse(0)),
                    key -> make(round, type, comparison.isPresent()));
        }
        return make(round, type, comparison.isPresent());
    }

    private List<Line> make(RoundSummary round, RespondentType type, boolean comparable) {
        Integer comparisonYear = round.comparisonFiscalYear();
        InstrumentResults counts = results.instrument(round.fiscalYear(), comparable ? comparisonYear : null, type);
        MutualPairs pairs = results.mutualPairs(round.fiscalYear());
        return rules.apply(new FindingContext(counts, pairs)).stream()
                .map(finding -> new Line(finding.rule(), writer.write(finding, counts.comparison())))
                .toList();
    }
}
