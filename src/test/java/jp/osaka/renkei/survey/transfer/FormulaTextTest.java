package jp.osaka.renkei.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x", "'", "''", "x", "", "理由: 1+1"})
    void restoringANeutralisedValueGivesItBack(String value) {
        assertThat(FormulaText.restore(FormulaText.neutralise(value))).isEqualTo(value);
    }

    @Test
    void onlyValuesStartingLikeAFormulaGetAnApostrophe() {
        assertThat(FormulaText.neutralise("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(FormulaText.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(FormulaText.neutralise("'abc")).isEqualTo("'abc");
        assertThat(FormulaText.neutralise("理由: =1")).isEqualTo("理由: =1");
    }
}
