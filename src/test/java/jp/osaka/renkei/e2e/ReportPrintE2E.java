package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.base.i18n.DateFormats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 資料 as Chromium prints it to PDF: one sheet of A4 landscape per section, each with the footer that the
 * view's @page rule draws in the page margin (資料番号 and title, page of pages, the date it was made), and the
 * reference page left out of the print of a round that has no reference data.
 */
class ReportPrintE2E extends EndToEndTest {

    private static final Path PDFS = Path.of("target", "screenshots");

    @Autowired
    Clock clock;

    @Test
    void everyPrintedPageHasOneSectionAndTheFooterWithItsNumberTheTitleAndTheDate() throws IOException {
        signIn("viewer");
        open("results/report?round=2021&compare=2017");
        assertThat(page.locator(".report-chart .chart[data-rendered]")).hasCount(24);
        int sections = page.locator(".report-page").count();

        List<String> pages = print("report-2021");

        assertThat(sections).isEqualTo(5);
        assertThat(pages).as("a sheet per section: none runs over onto a second sheet").hasSize(sections);
        String made = "作成日：" + DateFormats.date(LocalDate.now(clock), Locale.JAPANESE);
        for (int n = 1; n <= pages.size(); n++) {
            assertThat(pages.get(n - 1)).as("page %d", n).contains(n + " / " + sections).contains(made)
                    .contains("資料３　各機関との連携度（令和3年度）");
        }
        assertThat(pages.getFirst()).contains("資料３").contains("区役所・相談支援室における各機関との連携度について");
        assertThat(pages.get(1)).contains("（参考）医療施設等（＊）における連携度").contains("＊医療施設等：病院、");
        assertThat(pages.get(2)).contains("今回調査：令和3年度（回答 24 / 24区）");
        assertThat(pages.getLast()).contains("今後の方向性").contains("地域における医療・介護の様々な関係機関との連携の強化");
    }

    @Test
    void aRoundWithoutReferenceDataPrintsNoPageForIt() throws IOException {
        signIn("viewer");
        open("results/report?round=2017");
        assertThat(page.locator("#report-reference-omitted")).isVisible();
        assertThat(page.locator(".report-chart .chart[data-rendered]")).hasCount(24);

        List<String> pages = print("report-2017");

        assertThat(pages).hasSize(4);
        assertThat(String.join("", pages)).doesNotContain("医療施設等アンケートが入力されていない")
                .doesNotContain("（参考）医療施設等").contains("4 / 4");
    }

    /** Prints the page as the browser's print dialog would (its @page size and margins) and reads each page's text. */
    private List<String> print(String name) throws IOException {
        waitForVaadin();
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
        Files.createDirectories(PDFS);
        Files.write(PDFS.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper text = new PDFTextStripper();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                text.setStartPage(n);
                text.setEndPage(n);
                pages.add(text.getText(document));
            }
            return pages;
        }
    }
}
