package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AboutHalfRuleTest {

    private final AboutHalfRule rule = new AboutHalfRule(FindingsProperties.defaults());

    @Test
    void aRiseToFortyOrSixtyPercentIsAboutHalf() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(7, "総合相談窓口（ブランチ）", levels(8, 12), levels(4, 16)),
                item(10, "訪問介護（ヘルパー）事業所連絡会", levels(12, 8), levels(3, 17)))).orElseThrow();

        assertThat(finding.rule()).isEqualTo("ABOUT_HALF");
        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(7, 10);
        assertThat(finding.mentions()).extracting(Mention::count).containsExactly(8, 12);
    }

    @Test
    void justOutsideTheBandIsNotAboutHalf() {
        assertThat(rule.apply(Counts.compared(
                item(7, "総合相談窓口（ブランチ）", levels(7, 13), levels(2, 18)),     // 35 %
                item(8, "社会福祉協議会", levels(13, 7), levels(5, 15))))).isEmpty(); // 65 %
    }

    @Test
    void onlyARiseBeyondAFlatChangeCounts() {
        assertThat(rule.apply(Counts.compared(item(7, "総合相談窓口（ブランチ）", levels(10, 10), levels(9, 11)))))
                .as("one ward more is ほぼ横ばい").isEmpty();
        assertThat(rule.apply(Counts.compared(item(7, "総合相談窓口（ブランチ）", levels(10, 10), levels(12, 8)))))
                .as("a fall").isEmpty();
    }

    @Test
    void anItemOfOneRoundOnlyOrNoComparisonRoundSaysNothing() {
        assertThat(rule.apply(Counts.compared(item(13, "新しい団体", levels(10, 10), null)))).isEmpty();
        assertThat(rule.apply(Counts.alone(item(7, "総合相談窓口（ブランチ）", levels(10, 10), null)))).isEmpty();
    }
}
