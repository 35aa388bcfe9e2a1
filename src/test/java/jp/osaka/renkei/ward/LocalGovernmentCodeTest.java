package jp.osaka.renkei.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalGovernmentCodeTest {

    @Test
    void everyWardInTheMasterDataHasAValidCheckDigit() throws IOException {
        List<String> codes = wardCodes();
        assertThat(codes).hasSize(24).doesNotHaveDuplicates().allMatch(LocalGovernmentCode::isValid);
    }

    @Test
    void aWrongCheckDigitIsRejected() {
        assertThat(LocalGovernmentCode.isValid("271276")).isTrue();
        assertThat(LocalGovernmentCode.isValid("271277")).isFalse();
        assertThat(LocalGovernmentCode.isValid("27127")).isFalse();
        assertThat(LocalGovernmentCode.isValid("27127a")).isFalse();
    }

    @Test
    void theCheckDigitFollowsTheOfficialFormula() {
        // 大阪市北区 27127 → 6*2+5*7+4*1+3*2+2*7 = 71; 71 mod 11 = 5; (11-5) mod 10 = 6
        assertThat(LocalGovernmentCode.checkDigit("27127")).isEqualTo(6);
        // a sum divisible by 11 gives (11-0) mod 10 = 1
        assertThat(LocalGovernmentCode.checkDigit("00000")).isEqualTo(1);
    }

    private static List<String> wardCodes() throws IOException {
        try (InputStream in = LocalGovernmentCodeTest.class.getResourceAsStream("/db/data/wards.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",")[1]).toList();
        }
    }
}
