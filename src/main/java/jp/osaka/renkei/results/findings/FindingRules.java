package jp.osaka.renkei.results.findings;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every findings rule, in the order the seed's sentences come in. */
@Component
public class FindingRules {

    private final List<FindingRule> rules;

    public FindingRules(FindingsProperties settings) {
        rules = List.of(new OverallRiseRule(), new AlmostAllRule(settings), new AlmostAllRoseRule(settings),
                new AboutHalfRule(settings), new StillFewRule(settings), new RoseToHalfRule(settings),
                new NotRecognisedRule(settings), new FlatRule(settings), new PairDisagreesRule(settings));
    }

    public List<GeneratedFinding> apply(FindingContext context) {
        return rules.stream().map(rule -> rule.apply(context)).flatMap(Optional::stream).toList();
    }
}
