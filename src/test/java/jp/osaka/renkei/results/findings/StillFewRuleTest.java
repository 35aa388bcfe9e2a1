package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StillFewRuleTest {

    private final StillFewRule rule = new StillFewRule(FindingsProperties.defaults());

    @Test
    void aRiseThatStaysBelowThirtyPercentIsStillFew() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(10, "訪問介護（ヘルパー）事業所連絡会", levels(5, 15), levels(1, 19)))).orElseThrow();

        assertThat(finding.rule()).isEqualTo("STILL_FEW");
        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(10);
    }

    @Test
    void exactlyThirtyPercentIsNoLongerFew() {
        assertThat(rule.apply(Counts.compared(item(10, "訪問介護", levels(6, 14), levels(1, 19))))).isEmpty();
    }

    @Test
    void aFlatChangeOrAnItemOfOneRoundSaysNothing() {
        assertThat(rule.apply(Counts.compared(item(10, "訪問介護", levels(2, 18), levels(1, 19))))).isEmpty();
        assertThat(rule.apply(Counts.compared(item(13, "新しい団体", levels(3, 17), null)))).isEmpty();
        assertThat(rule.apply(Counts.alone(item(10, "訪問介護", levels(3, 17), null)))).isEmpty();
    }
}
