package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlmostAllRoseRuleTest {

    private final AlmostAllRoseRule rule = new AlmostAllRoseRule(FindingsProperties.defaults());
    private final AlmostAllRule almostAll = new AlmostAllRule(FindingsProperties.defaults());

    @Test
    void almostAllAfterARiseIsSaidWithTheRiseAndNotAsAlmostAllAlone() {
        FindingContext context = Counts.compared(
                item(12, "在宅医療・介護連携支援コーディネーター", levels(19, 1), levels(12, 8)),
                item(6, "地域包括支援センター", levels(18, 2), levels(17, 3)));

        GeneratedFinding finding = rule.apply(context).orElseThrow();

        assertThat(finding.rule()).isEqualTo("ALMOST_ALL_ROSE");
        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(12);
        assertThat(almostAll.apply(context).orElseThrow().mentions()).extracting(Mention::itemNo).containsExactly(6);
    }

    @Test
    void aRiseOfAFlatChangeOrAShareBelowAlmostAllIsNotIt() {
        assertThat(rule.apply(Counts.compared(item(6, "地域包括支援センター", levels(18, 2), levels(17, 3)))))
                .as("one ward more is ほぼ横ばい").isEmpty();
        assertThat(rule.apply(Counts.compared(item(5, "訪問看護ステーション", levels(17, 3), levels(5, 15)))))
                .as("85 %").isEmpty();
    }

    @Test
    void withoutAComparisonRoundAlmostAllIsSaidAlone() {
        FindingContext alone = Counts.alone(item(12, "在宅医療・介護連携支援コーディネーター", levels(19, 1), null));

        assertThat(rule.apply(alone)).isEmpty();
        assertThat(almostAll.apply(alone)).isPresent();
    }
}
