package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlmostAllRuleTest {

    private final AlmostAllRule rule = new AlmostAllRule(FindingsProperties.defaults());

    @Test
    void exactlyNinetyPercentIsAlmostAllAndTheItemsAreNamedTogether() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(5, "訪問看護ステーション", levels(18, 2), levels(17, 3)),
                item(6, "地域包括支援センター", levels(20), levels(20)),
                item(7, "総合相談窓口（ブランチ）", levels(17, 3), levels(17, 3)))).orElseThrow();

        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(5, 6);
        assertThat(finding.mentions().getFirst().count()).isEqualTo(18);
        assertThat(finding.mentions().getFirst().wards()).isEqualTo(20);
    }

    @Test
    void theShareIsOfTheWardsThatAnswered() {
        // 9 of the 10 wards that answered: 90 %, though only 9 of 20 wards
        GeneratedFinding finding = rule.apply(Counts.alone(item(12, "コーディネーター", levels(9, 1), null))).orElseThrow();

        assertThat(finding.mentions().getFirst().wards()).isEqualTo(10);
    }

    @Test
    void needsNoComparisonRoundButAnAnswer() {
        assertThat(rule.apply(Counts.alone(item(1, "医師会", levels(19, 1), null)))).isPresent();
        assertThat(rule.apply(Counts.alone(item(1, "医師会", levels(), null)))).isEmpty();
        assertThat(rule.apply(Counts.compared(item(1, "医師会", null, levels(20))))).isEmpty();
    }
}
