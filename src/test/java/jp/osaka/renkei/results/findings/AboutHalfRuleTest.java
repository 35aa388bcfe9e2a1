package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AboutHalfRuleTest {

    private final AboutHalfRule rule = new AboutHalfRule(FindingsProperties.defaults());

    @Test
    void aMarkedRiseToFortyOrSixtyPercentWithWardsStillNotCooperatingIsAboutHalf() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(7, "総合相談窓口（ブランチ）", levels(8, 10, 2), levels(2, 14, 4)),        // 10 % → 40 %
                item(10, "訪問介護（ヘルパー）事業所連絡会", levels(12, 6, 2), levels(7, 8, 5)))) // 35 % → 60 %
                .orElseThrow();

        assertThat(finding.rule()).isEqualTo("ABOUT_HALF");
        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(7, 10);
        assertThat(finding.mentions()).extracting(Mention::count).containsExactly(8, 12);
    }

    @Test
    void anItemNearHalfThatRoseByLessThanMarkedRisePercentPointsIsNotNamed() {
        // 30 % → 50 %: four wards more, 20 points
        assertThat(rule.apply(Counts.compared(item(1, "医師会", levels(10, 8, 2), levels(6, 10, 4))))).isEmpty();

        AboutHalfRule anyRise = new AboutHalfRule(new FindingsProperties(90, 40, 60, 30, 1, 25, 3, 0, 5));
        assertThat(anyRise.apply(Counts.compared(item(1, "医師会", levels(10, 8, 2), levels(6, 10, 4)))))
                .as("marked-rise-percent 0: any rise beyond a flat change, as DESIGN.md's rule alone").isPresent();
    }

    @Test
    void theRiseIsInSharesOfEachRoundsRespondentsNotInWards() {
        // 8 wards more, but 40 % of 10 answering → 50 % of 20: 10 points
        assertThat(rule.apply(Counts.compared(item(7, "総合相談窓口（ブランチ）", levels(10, 8, 2), levels(4, 4, 2)))))
                .isEmpty();
        // 4 wards more, but 10 % of 20 → 50 % of 12 answering: 40 points
        assertThat(rule.apply(Counts.compared(item(7, "総合相談窓口（ブランチ）", levels(6, 4, 2), levels(2, 14, 4)))))
                .isPresent();
    }

    @Test
    void justOutsideTheBandIsNotAboutHalf() {
        assertThat(rule.apply(Counts.compared(
                item(7, "総合相談窓口（ブランチ）", levels(7, 11, 2), levels(1, 15, 4)),     // 35 %
                item(8, "社会福祉協議会", levels(13, 5, 2), levels(5, 10, 5))))).isEmpty(); // 65 %
    }

    @Test
    void almostNoWardNotCooperatingIsLeftToRoseToHalf() {
        // 1 of 20 (5 %) answers 連携できていない: 約半数に増加している, not a reservation
        assertThat(rule.apply(Counts.compared(item(2, "歯科医師会", levels(10, 9, 1), levels(3, 12, 5))))).isEmpty();
    }

    @Test
    void onlyARiseBeyondAFlatChangeCounts() {
        AboutHalfRule anyRise = new AboutHalfRule(new FindingsProperties(90, 40, 60, 30, 1, 25, 3, 0, 5));
        assertThat(anyRise.apply(Counts.compared(item(7, "総合相談窓口（ブランチ）", levels(10, 8, 2), levels(9, 9, 2)))))
                .as("one ward more is ほぼ横ばい").isEmpty();
        assertThat(anyRise.apply(Counts.compared(item(7, "総合相談窓口（ブランチ）", levels(10, 8, 2), levels(12, 6, 2)))))
                .as("a fall").isEmpty();
    }

    @Test
    void anItemOfOneRoundOnlyOrNoComparisonRoundSaysNothing() {
        assertThat(rule.apply(Counts.compared(item(13, "新しい団体", levels(10, 8, 2), null)))).isEmpty();
        assertThat(rule.apply(Counts.alone(item(7, "総合相談窓口（ブランチ）", levels(10, 8, 2), null)))).isEmpty();
    }
}
