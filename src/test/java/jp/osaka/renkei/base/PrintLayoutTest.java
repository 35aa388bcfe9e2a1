package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintLayoutTest {

    @Test
    void anAmpersandInPageHeaderTextIsWrittenTwiceSoItIsNotReadAsACode() {
        assertThat(PrintLayout.escape("医療&介護 &P")).isEqualTo("医療&&介護 &&P");
    }
}
