package jp.osaka.renkei.results.findings;

import static jp.osaka.renkei.results.findings.Counts.item;
import static jp.osaka.renkei.results.findings.Counts.levels;
import static jp.osaka.renkei.results.findings.Counts.pairItem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairDisagreesRuleTest {

    private final PairDisagreesRule rule = new PairDisagreesRule(FindingsProperties.defaults());
    private final FindingContext withPair = Counts.compared(pairItem(12, levels(10, 10)));

    @Test
    void threeWardsApartIsADisagreementQuotingBothSides() {
        GeneratedFinding finding = rule.apply(Counts.withPairs(withPair, 18, 15)).orElseThrow();

        assertThat(finding.rule()).isEqualTo("PAIR_DISAGREES");
        // both sides' とても and the wards they are counted over: the same wards for both
        assertThat(finding.numbers()).containsExactly(18, 15, Counts.WARDS);
        assertThat(rule.apply(Counts.withPairs(withPair, 12, 15))).isPresent();
    }

    @Test
    void theSidesAreComparedOverTheWardsWhereBothAnsweredAndNeverWhenWithheld() {
        GeneratedFinding finding = rule.apply(Counts.withPairs(withPair, 9, 8, 5, false)).orElseThrow();

        assertThat(finding.numbers()).containsExactly(8, 5, 9);
        assertThat(rule.apply(Counts.withPairs(withPair, 2, 2, 0, true))).isEmpty();
    }

    @Test
    void twoWardsApartIsNot() {
        assertThat(rule.apply(Counts.withPairs(withPair, 17, 15))).isEmpty();
    }

    @Test
    void withoutThePairOrWithoutItsItemThereIsNothingToCompare() {
        assertThat(rule.apply(withPair)).isEmpty();
        assertThat(rule.apply(Counts.withPairs(Counts.compared(item(1, "医師会", levels(10, 10), levels(10, 10))), 20, 5)))
                .isEmpty();
    }
}
