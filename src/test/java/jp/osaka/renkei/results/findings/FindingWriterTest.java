package jp.osaka.renkei.results.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Findings are written from the message bundles, in the seed's Japanese and in English. */
class FindingWriterTest {

    private final FindingWriter writer = new FindingWriter(messages());

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

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
