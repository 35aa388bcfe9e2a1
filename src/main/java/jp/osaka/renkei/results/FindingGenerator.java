package jp.osaka.renkei.results;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.results.findings.FindingContext;
import jp.osaka.renkei.results.findings.FindingRules;
import jp.osaka.renkei.results.findings.FindingWriter;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.springframework.stereotype.Component;

/**
 * The generated findings of an instrument in a round: its counts against the round's own comparison
 * round (when the signed-in user may see that one), through every rule, in both languages.
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

    List<Line> generate(RoundSummary round, RespondentType type) {
        Integer comparisonYear = round.comparisonFiscalYear();
        boolean comparable = comparisonYear != null
                && results.rounds().stream().anyMatch(other -> other.fiscalYear() == comparisonYear);
        InstrumentResults counts = results.instrument(round.fiscalYear(), comparable ? comparisonYear : null, type);
        MutualPairs pairs = results.mutualPairs(round.fiscalYear());
        return rules.apply(new FindingContext(counts, pairs)).stream()
                .map(finding -> new Line(finding.rule(), writer.write(finding, counts.comparison())))
                .toList();
    }
}
