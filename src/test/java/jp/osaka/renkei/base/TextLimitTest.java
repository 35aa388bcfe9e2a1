package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;


import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The one length check: characters as MariaDB counts them in utf8mb4, not UTF-16 units nor bytes. */
class TextLimitTest {

    @Test
    void aCharacterBeyondTheBmpCountsOneAndACombiningMarkCountsOneOfItsOwn() {
        assertThat(TextLimit.length("𠮷野家")).isEqualTo(3);
        assertThat(TextLimit.length("😀")).isEqualTo(1);
        assertThat(TextLimit.length("e\u0301")).isEqualTo(2);
        assertThat(TextLimit.fits("𠮷".repeat(20), 20)).isTrue();
        assertThat(TextLimit.fits("𠮷".repeat(21), 20)).isFalse();
        assertThat(TextLimit.fits(null, 0)).isTrue();
    }

    @Test
    void aTextWithinTheLimitIsReturnedAsItIs() {
        String name = "𠮷".repeat(20);

        assertThat(TextLimit.check(name, 20, "ward.nameJa.tooLong")).isSameAs(name);
        assertThat(TextLimit.<String>check(null, 20, "ward.nameJa.tooLong")).isNull();
    }

    @ParameterizedTest
    @LimitedTexts(limit = 20, over = true, count = 200)
    void aLongerTextIsRefusedWithTheKeyAndTheLimitOrCutWithoutSplittingACharacter(String text) {
        LimitedText.refused(() -> TextLimit.check(text, 20, "ward.nameJa.tooLong"), "ward.nameJa.tooLong", 20);

        String cut = TextLimit.cut(text, 20);
        assertThat(TextLimit.length(cut)).isEqualTo(20);
        assertThat(text).startsWith(cut);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
