package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;

/** An edited finding never keeps an English text that no longer says what its Japanese says (decision 0007). */
class FindingTest {

    private static final Instant AT = Instant.parse("2026-12-05T00:00:00Z");

    @Test
    void editingOnlyTheJapaneseDropsTheEnglish() {
        Finding finding = generated();

        finding.edit("書き換えた所見。", "Almost all wards answer \"very well\".", "admin", AT);

        assertThat(finding.summary(0).textJa()).isEqualTo("書き換えた所見。");
        assertThat(finding.summary(0).textEn()).isNull();
        assertThat(finding.summary(0).lacksEnglish()).isTrue();
    }

    @Test
    void rewritingBothKeepsTheNewEnglish() {
        Finding finding = generated();

        finding.edit("書き換えた所見。", "A rewritten finding.", "admin", AT);

        assertThat(finding.summary(0).textEn()).isEqualTo("A rewritten finding.");
    }

    @Test
    void editingOnlyTheEnglishOrNothingKeepsWhatWasGiven() {
        Finding finding = generated();

        finding.edit("ほぼすべての区で「とても連携できている」と回答している。", "Nearly every ward says \"very well\".", "admin", AT);
        assertThat(finding.summary(0).textEn()).isEqualTo("Nearly every ward says \"very well\".");

        finding.edit("ほぼすべての区で「とても連携できている」と回答している。", "Nearly every ward says \"very well\".", "admin", AT);
        assertThat(finding.summary(0).textEn()).isEqualTo("Nearly every ward says \"very well\".");
    }

    @Test
    void clearingTheEnglishLeavesNone() {
        Finding finding = generated();

        finding.edit("ほぼすべての区で「とても連携できている」と回答している。", null, "admin", AT);

        assertThat(finding.summary(0).textEn()).isNull();
    }

    private static Finding generated() {
        return new Finding(1, RespondentType.WARD_OFFICE, 0, "ほぼすべての区で「とても連携できている」と回答している。",
                "Almost all wards answer \"very well\".", "ALMOST_ALL", "system", AT);
    }
}
