package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlatRuleTest {

    private final FlatRule rule = new FlatRule(FindingsProperties.defaults());

    @Test
    void oneWardMoreOrLessOrTheSameIsFlat() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(1, "医師会", levels(11, 9), levels(10, 10)),
                item(2, "歯科医師会", levels(9, 11), levels(10, 10)),
                item(3, "薬剤師会", levels(10, 10), levels(10, 10)),
                item(4, "区内病院", levels(12, 8), levels(10, 10)),
                item(5, "訪問看護", levels(8, 12), levels(10, 10)))).orElseThrow();

        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(1, 2, 3);
    }

    @Test
    void anItemOfOneRoundOnlyIsNeverFlat() {
        assertThat(rule.apply(Counts.compared(item(13, "新しい団体", levels(10, 10), null),
                item(14, "廃止", null, levels(10, 10))))).isEmpty();
        assertThat(rule.apply(Counts.alone(item(1, "医師会", levels(10, 10), null)))).isEmpty();
    }
}
