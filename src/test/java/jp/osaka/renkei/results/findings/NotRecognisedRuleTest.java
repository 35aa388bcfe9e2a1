package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotRecognisedRuleTest {

    private final NotRecognisedRule rule = new NotRecognisedRule(FindingsProperties.defaults());

    @Test
    void aQuarterOfTheWardsWithoutSuchAnOrganisationIsNotRecognisedAndCounted() {
        GeneratedFinding finding = rule.apply(Counts.compared(
                item(11, "理学療法士会", levels(0, 5, 5, 5, 5), levels(0, 5, 5, 5, 5)),
                item(9, "ケアマネ連絡会", levels(10, 6, 0, 0, 4), levels(10, 6, 0, 0, 4)))).orElseThrow();

        assertThat(finding.mentions()).extracting(Mention::itemNo).containsExactly(11);
        assertThat(finding.mentions().getFirst().count()).as("wards answering 区内に団体がない").isEqualTo(5);
    }

    @Test
    void needsNoComparisonRound() {
        assertThat(rule.apply(Counts.alone(item(11, "理学療法士会", levels(0, 0, 0, 10, 10), null)))).isPresent();
    }
}
