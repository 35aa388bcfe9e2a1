package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverallRiseRuleTest {

    private final OverallRiseRule rule = new OverallRiseRule();

    @Test
    void aRiseInとてもOverTheWholeInstrumentIsAFindingWithBothTotals() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(1, "医師会", levels(10, 10), levels(8, 12)),
                item(2, "歯科医師会", levels(5, 15), levels(6, 14)))).orElseThrow();

        assertThat(finding.rule()).isEqualTo("OVERALL_RISE");
        assertThat(finding.numbers()).containsExactly(14, 15);
        assertThat(finding.mentions()).isEmpty();
    }

    @Test
    void theSameTotalIsNoRise() {
        assertThat(rule.apply(Counts.compared(
                item(1, "医師会", levels(10, 10), levels(8, 12)),
                item(2, "歯科医師会", levels(4, 16), levels(6, 14))))).isEmpty();
    }

    @Test
    void wardsThatDidNotAnswerOneRoundAreNotReadAsAFall() {
        // 10 of 20 answered now: とても 5 against 10 before, but the same 10 wards gave 4 before and 5 now
        GeneratedFinding finding = rule.apply(Counts.compared(Counts.pairedItem(1, "医師会", levels(5, 5),
                levels(10, 10), levels(5, 5), levels(4, 6)))).orElseThrow();

        assertThat(finding.numbers()).containsExactly(4, 5);
    }

    @Test
    void anItemAskedInOneRoundOnlyDoesNotCount() {
        assertThat(rule.apply(Counts.compared(
                item(1, "医師会", levels(8, 12), levels(8, 12)),
                item(13, "新しい団体", levels(20), null),
                item(14, "廃止した団体", null, levels(0, 20))))).isEmpty();
    }

    @Test
    void withoutAComparisonRoundThereIsNoChange() {
        assertThat(rule.apply(Counts.alone(item(1, "医師会", levels(20), null)))).isEmpty();
        assertThat(rule.apply(Counts.compared())).as("no items").isEmpty();
    }
}
