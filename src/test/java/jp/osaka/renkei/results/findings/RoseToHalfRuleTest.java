package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoseToHalfRuleTest {

    private final RoseToHalfRule rule = new RoseToHalfRule(FindingsProperties.defaults());

    @Test
    void aMarkedRiseToAboutHalfWithAlmostNoWardNotCooperatingRoseToHalf() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(2, "歯科医師会", levels(10, 9, 1), levels(3, 12, 5)),               // 15 % → 50 %, 1 not well
                item(3, "薬剤師会", levels(11, 9, 0, 0), levels(3, 13, 4)),              // 15 % → 55 %, none
                item(7, "総合相談窓口（ブランチ）", levels(10, 8, 2), levels(3, 12, 5)))) // 2 not well: 約半数程度
                .orElseThrow();

        assertThat(finding.rule()).isEqualTo("ROSE_TO_HALF");
        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(2, 3);
        assertThat(finding.mentions()).extracting(Mention::count).containsExactly(10, 11);
    }

    @Test
    void bothLowerLevelsCountAsNotCooperating() {
        assertThat(rule.apply(Counts.compared(item(2, "歯科医師会", levels(10, 9, 0, 1), levels(3, 12, 5))))).isPresent();
        assertThat(rule.apply(Counts.compared(item(2, "歯科医師会", levels(10, 8, 1, 1), levels(3, 12, 5))))).isEmpty();
    }

    @Test
    void aRiseOfLessThanMarkedRisePercentPointsOrAShareOutsideAboutHalfIsNotIt() {
        assertThat(rule.apply(Counts.compared(item(1, "医師会", levels(10, 10), levels(7, 13))))).as("15 points").isEmpty();
        assertThat(rule.apply(Counts.compared(item(1, "医師会", levels(14, 6), levels(3, 17))))).as("70 %").isEmpty();
    }

    @Test
    void theNotWellShareIsASetting() {
        RoseToHalfRule lenient = new RoseToHalfRule(new FindingsProperties(90, 40, 60, 30, 1, 25, 3, 25, 10));

        assertThat(lenient.apply(Counts.compared(item(2, "歯科医師会", levels(10, 8, 2), levels(3, 12, 5))))).isPresent();
    }

    @Test
    void noComparisonRoundSaysNothing() {
        assertThat(rule.apply(Counts.alone(item(2, "歯科医師会", levels(10, 10), null)))).isEmpty();
    }
}
