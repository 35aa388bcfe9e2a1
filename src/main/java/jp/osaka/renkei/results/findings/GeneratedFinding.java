package jp.osaka.renkei.results.findings;

import java.util.List;

/**
 * A finding a rule drew from the counts, before it is put into words (in both languages, by
 * {@link FindingWriter}).
 *
 * @param rule     the rule's code, e.g. ABOUT_HALF; its sentence is the message finding.rule.&lt;rule&gt;
 * @param mentions the items it names, in the instrument's order; empty for a finding about all items
 * @param numbers  counts the sentence quotes, e.g. the two sides' とても counts of the mutual pair
 */
public record GeneratedFinding(String rule, List<Mention> mentions, List<Integer> numbers) {

    public GeneratedFinding {
        mentions = List.copyOf(mentions);
        numbers = List.copyOf(numbers);
    }
}
