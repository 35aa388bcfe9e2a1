package jp.osaka.renkei.results.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.i18n.TestMessages;

import org.junit.jupiter.api.Test;

/** Findings are written from the message bundles, in the seed's Japanese and in English. */
class FindingWriterTest {

    private final FindingWriter writer = new FindingWriter(TestMessages.source());

    @Test
    void itemsAreNamedWithTheirNumbersAndCountsInBothLanguages() {
        GeneratedFinding finding = new GeneratedFinding("ABOUT_HALF", List.of(
                new Mention(7, new LocalizedText("総合相談窓口（ブランチ）", "General consultation desks (branches)"), 12, 24),
                new Mention(10, new LocalizedText("訪問介護（ヘルパー）事業所連絡会", "Home help providers' liaison group"), 11, 24)),
                List.of());

        LocalizedText text = writer.write(finding, Counts.BEFORE);

        assertThat(text.ja()).isEqualTo("『7.総合相談窓口（ブランチ）』（24区中12区）、『10.訪問介護（ヘルパー）事業所連絡会』（24区中11区）"
                + "との連携において、「とても連携できている」と回答した区の数は増加しているものの、約半数程度である。");
        assertThat(text.en()).startsWith("In cooperation with \u201c7. General consultation desks (branches)\u201d (12 of 24 wards), "
                + "\u201c10. Home help providers' liaison group\u201d (11 of 24 wards), the number");
    }

    @Test
    void theComparisonRoundIsNamedInTheRoundsLanguage() {
        LocalizedText text = writer.write(new GeneratedFinding("FLAT", List.of(
                new Mention(12, new LocalizedText("区役所担当者", "Ward office staff"), 12, 24)), List.of()), Counts.BEFORE);

        assertThat(text.ja()).contains("平成29年度と比較しほぼ横ばいである。");
        assertThat(text.en()).endsWith("almost unchanged since FY2017.");
    }

    @Test
    void almostAllAfterARiseAndARiseToHalfReadLikeTheSeed() {
        Mention coordinators = new Mention(12, new LocalizedText("在宅医療・介護連携支援コーディネーター", "Home care coordinators"),
                23, 24);
        Mention dentists = new Mention(2, new LocalizedText("歯科医師会", "Dental association"), 11, 24);

        LocalizedText rose = writer.write(new GeneratedFinding("ALMOST_ALL_ROSE", List.of(coordinators), List.of()),
                Counts.BEFORE);
        LocalizedText half = writer.write(new GeneratedFinding("ROSE_TO_HALF", List.of(dentists), List.of()), Counts.BEFORE);

        assertThat(rose.ja()).endsWith("ほぼすべての区で「とても連携できている」と回答しており、平成29年度と比較し増加している。");
        assertThat(rose.en()).endsWith("almost all wards answer \"very well\", more than in FY2017.");
        assertThat(half.ja()).isEqualTo("『2.歯科医師会』（24区中11区）との連携は、「とても連携できている」と回答した区の数が約半数に増加している。");
        assertThat(half.en()).endsWith("has risen to about half.");
    }
}
