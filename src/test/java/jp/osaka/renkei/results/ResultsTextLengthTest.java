package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;


import jp.osaka.renkei.LimitedText;
import jp.osaka.renkei.LimitedTexts;

import org.junit.jupiter.params.ParameterizedTest;

/** Property tests of a finding (VARCHAR(1000)) and of the conclusions (VARCHAR(2000)), without Spring. */
class ResultsTextLengthTest {


    @ParameterizedTest
    @LimitedTexts(limit = FindingService.MAX_LENGTH)
    void aFindingUpToOneThousandCharactersIsKeptIntact(String text) {
        assertThat(FindingService.blankToNull(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @LimitedTexts(limit = FindingService.MAX_LENGTH, over = true)
    void aLongerFindingIsRefusedWithTheMessage(String text) {
        LimitedText.refused(() -> FindingService.blankToNull(text), "findings.textTooLong", 1000);
    }

    @ParameterizedTest
    @LimitedTexts(limit = ConclusionsService.MAX_LENGTH)
    void conclusionsUpToTwoThousandCharactersAreKeptIntact(String text) {
        assertThat(ConclusionsService.limited(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @LimitedTexts(limit = ConclusionsService.MAX_LENGTH, over = true)
    void longerConclusionsAreRefusedWithTheMessage(String text) {
        LimitedText.refused(() -> ConclusionsService.limited(text), "conclusions.tooLong", 2000);
    }
}
