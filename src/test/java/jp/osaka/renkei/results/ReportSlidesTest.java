package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

/**
 * The 資料 as PowerPoint, read back with POI: the report's sections as slides, and every chart a native chart whose
 * series, categories and values (in the chart and in its embedded workbook) are the counts it was given.
 */
class ReportSlidesTest {

    private static final List<String> SERIES = List.of("とても連携できている", "連携できている", "連携できていない",
            "全く連携できていない", "区内に団体がない", "未回答");

    @Test
    void aRoundWithEverythingHasTheReportsSlidesInItsOrder() throws IOException {
        try (XMLSlideShow show = write(deck(ReportSlidesSample.reference(), 3, 1, conclusions()))) {
            assertThat(titles(show)).containsExactly("区役所・相談支援室における各機関との連携度について",
                    "（参考）医療施設等（＊）における連携度",
                    "区役所：各機関との連携度（区の数）", "相談支援室：各機関との連携度（区の数）", "まとめ", "今後の方向性");
            assertThat(texts(show.getSlides().getFirst())).contains("事業の進捗管理\n今回調査：令和8年度 (2026)　前回調査：令和7年度 (2025)");
            assertThat(show.getPageSize().getWidth() / show.getPageSize().getHeight()).isEqualTo(16.0 / 9);
            // Japanese text in the report's Japanese typeface, marked Japanese for PowerPoint's proofing
            XSLFTextRun heading = ((XSLFTextShape) show.getSlides().getFirst().getPlaceholder(0)).getTextParagraphs()
                    .getFirst().getTextRuns().getFirst();
            assertThat(heading.getFontFamily(FontGroup.EAST_ASIAN)).isEqualTo(ReportSlides.FONT);
            assertThat(((CTRegularTextRun) heading.getXmlObject()).getRPr().getLang()).isEqualTo("ja-JP");
        }
    }

    @Test
    void anInstrumentsChartHasEachItemsRoundAboveItsComparisonRoundWithTheCountsGiven() throws IOException {
        InstrumentResults office = ReportSlidesSample.instrument(RespondentType.WARD_OFFICE);
        try (XMLSlideShow show = write(deck(ReportSlidesSample.reference(), 3, 0, conclusions()))) {
            XSLFChart chart = single(charts(show.getSlides().get(2)));
            XDDFChartData.Series first = series(chart).getFirst();
            assertThat(first.getCategoryData().getPointCount()).isEqualTo(24);
            assertThat(first.getCategoryData().getPointAt(0)).isEqualTo("1.医師会 令和8年度");
            assertThat(first.getCategoryData().getPointAt(1)).isEqualTo("令和7年度");
            assertThat(first.getCategoryData().getPointAt(22)).isEqualTo("12.区役所担当者 令和8年度");
            assertThat(names(chart)).containsExactlyElementsOf(SERIES);
            assertCounts(chart, expected(office));
            List<String> colours = series(chart).stream().map(one -> HexFormat.of().formatHex(
                    ((XDDFBarChartData.Series) one).getCTBarSer().getSpPr().getSolidFill().getSrgbClr().getVal()))
                    .map(hex -> "#" + hex).toList();
            assertThat(colours.subList(0, 5)).containsExactlyElementsOf(
                    Arrays.stream(Level.values()).map(Level::colour).toList());
            assertThat(colours.get(5)).isEqualTo(SlideCharts.UNANSWERED_COLOUR);
        }
    }

    @Test
    void theReferenceChartIsOfSharesOfTheTotalAndEachFacilityType() throws IOException {
        ReferenceSurvey survey = ReportSlidesSample.reference();
        try (XMLSlideShow show = write(deck(survey, 3, 0, conclusions()))) {
            XSLFChart chart = single(charts(show.getSlides().get(1)));
            XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().getFirst();
            assertThat(bars.getBarGrouping()).hasToString("PERCENT_STACKED");
            List<String> categories = new ArrayList<>();
            XDDFChartData.Series first = series(chart).getFirst();
            for (int i = 0; i < first.getCategoryData().getPointCount(); i++) {
                categories.add((String) first.getCategoryData().getPointAt(i));
            }
            assertThat(categories).containsExactly("対象施設全体", "病院", "在宅療養支援診療所", "在宅療養支援歯科診療所",
                    "在宅患者訪問薬剤管理指導料届出薬局", "訪問看護ステーション");
            // no facility is 未回答: the five levels only
            assertThat(names(chart)).containsExactlyElementsOf(SERIES.subList(0, 5));
            List<LevelCounts> rows = new ArrayList<>(List.of(survey.total()));
            rows.addAll(survey.byType().values());
            assertCounts(chart, rows);
        }
    }

    @Test
    void findingsThatFitStayBesideTheChartAndHiddenOnesAreLeftOut() throws IOException {
        try (XMLSlideShow show = write(deck(ReportSlidesSample.reference(), 3, 1, conclusions()))) {
            List<String> texts = texts(show.getSlides().get(2));
            assertThat(texts).contains("区役所の所見 1\n区役所の所見 2\n区役所の所見 3");
            assertThat(String.join("\n", texts)).doesNotContain("隠した所見");
        }
    }

    @Test
    void findingsThatDoNotFitGoOnTheFollowingSlide() throws IOException {
        try (XMLSlideShow show = write(deck(ReportSlidesSample.reference(), 30, 0, conclusions()))) {
            assertThat(titles(show)).containsSubsequence("区役所：各機関との連携度（区の数）", "区役所：所見",
                    "相談支援室：各機関との連携度（区の数）", "相談支援室：所見");
            XSLFSlide findings = show.getSlides().get(3);
            assertThat(charts(findings)).isEmpty();
            assertThat(String.join("\n", texts(findings))).contains("区役所の所見 1").contains("区役所の所見 30");
        }
    }

    @Test
    void withheldCountsGiveNoChartNoFindingsButTheSentenceThatSaysWhy() throws IOException {
        ReportDeckAssembly assembly = ReportSlidesSample.assembly();
        InstrumentResults withheld = ReportSlidesSample.instrument(RespondentType.WARD_OFFICE).withoutCounts();
        ReportDeck deck = new ReportDeck(ReportSlidesSample.LOCALE, null, "見出し", "副題", "回", null, List.of(assembly.instrument(withheld,
                findings(RespondentType.WARD_OFFICE, 3, 0), "回答 2 / 24区", 3)), assembly.texts(null));
        try (XMLSlideShow show = write(deck)) {
            assertThat(titles(show)).containsExactly("見出し", "区役所：各機関との連携度（区の数）", "まとめ");
            XSLFSlide slide = show.getSlides().get(1);
            assertThat(charts(slide)).isEmpty();
            assertThat(texts(slide)).contains("回答 2 / 24区",
                    "回答した区が 3 区未満の集計があるため、この回答主体の連携度ごとの区の数と所見は掲載しません。");
            assertThat(String.join("\n", texts(slide))).doesNotContain("所見 1");
            assertThat(texts(show.getSlides().get(2))).contains("この調査回のまとめと今後の方向性はまだ書かれていません。");
        }
    }

    @Test
    void aRoundWithoutReferenceDataHasNoReferenceSlide() throws IOException {
        ReferenceSurvey none = new ReferenceSurvey(ReportSlidesSample.ROUND, Map.of());
        try (XMLSlideShow show = write(deck(none, 3, 0, conclusions()))) {
            assertThat(titles(show)).hasSize(5).noneMatch(title -> title.contains("参考"));
            assertThat(show.getCharts()).hasSize(2);
        }
    }

    @Test
    void theConclusionsKeepTheirBulletsNumbersHeadingsAndLevels() throws IOException {
        try (XMLSlideShow show = write(deck(ReportSlidesSample.reference(), 3, 0, conclusions()))) {
            List<XSLFTextParagraph> summary = paragraphs(show.getSlides().get(4), "全体として");
            assertThat(summary).extracting(XSLFTextParagraph::getText)
                    .containsExactly("全体として連携が進んでいる。", "1.周知が必要である。");
            assertThat(summary.getFirst().isBullet()).isTrue();
            assertThat(summary.getFirst().getBulletCharacter()).isEqualTo("・");
            assertThat(summary.get(1).isBullet()).as("a number as written, not a bullet").isFalse();
            assertThat(summary.get(1).getLeftMargin()).as("indented under the point above")
                    .isGreaterThan(summary.getFirst().getLeftMargin());
            List<XSLFTextParagraph> direction = paragraphs(show.getSlides().get(5), "連携の強化");
            assertThat(direction).extracting(XSLFTextParagraph::getText).containsExactly("連携の強化");
            assertThat(direction.getFirst().getTextRuns().getFirst().isBold()).as("a ＃ line is a heading").isTrue();
        }
    }

    @Test
    void theTitleCarriesTheDocumentLabelAndTheReferenceItsSourceAndFootnote() throws IOException {
        try (XMLSlideShow show = write(deck(ReportSlidesSample.reference(), 3, 0, conclusions()))) {
            assertThat(texts(show.getSlides().getFirst())).contains("資料３");
            assertThat(texts(show.getSlides().get(1))).contains(
                    "全般的な連携度（令和8年度 (2026)）　（令和8年度 大阪市在宅医療・介護連携推進事業に関する医療施設等アンケート調査より）",
                    "＊医療施設等：病院、在宅療養支援診療所、在宅療養支援歯科診療所、在宅患者訪問薬剤管理指導料届出薬局、"
                            + "訪問看護ステーション");
        }
    }

    private static List<XSLFTextParagraph> paragraphs(XSLFSlide slide, String start) {
        return slide.getShapes().stream()
                .filter(shape -> shape instanceof XSLFTextShape text && text.getText().startsWith(start))
                .map(shape -> ((XSLFTextShape) shape).getTextParagraphs()).findFirst().orElseThrow();
    }

    @Test
    void longerTextGetsASmallerSizeAndTooMuchNone() {
        List<String> one = List.of("短い所見。");
        List<String> many = java.util.Collections.nCopies(20, "『７.総合相談窓口（ブランチ）』との連携において、約半数である。");
        assertThat(ReportSlides.fontSize(one, 300, 430, 14, 10, true)).hasValue(14);
        assertThat(ReportSlides.fontSize(many.subList(0, 12), 300, 430, 14, 10, true).getAsDouble()).isLessThan(14);
        assertThat(ReportSlides.fontSize(many, 300, 430, 14, 10, true)).isEmpty();
    }

    // --- the deck's data, made by hand

    private static ReportDeck deck(ReferenceSurvey reference, int findings, int hidden, Conclusions conclusions) {
        ReportDeckAssembly assembly = ReportSlidesSample.assembly();
        List<ReportDeck.Instrument> instruments = new ArrayList<>();
        for (RespondentType type : RespondentType.values()) {
            instruments.add(assembly.instrument(ReportSlidesSample.instrument(type), findings(type, findings, hidden), "回答 24 / 24区", 3));
        }
        return new ReportDeck(ReportSlidesSample.LOCALE, "資料３", ReportSlidesSample.message("report.heading"),
                ReportSlidesSample.message("report.subtitle"), assembly.rounds(2026, 2025),
                assembly.reference(reference), instruments, assembly.texts(conclusions));
    }

    private static Findings findings(RespondentType type, int shown, int hidden) {
        List<FindingSummary> lines = new ArrayList<>();
        String name = ReportSlidesSample.message(type.messageKey());
        for (int i = 0; i < shown; i++) {
            lines.add(new FindingSummary(lines.size(), name + "の所見 " + (i + 1)
                    + (shown > 10 ? "：「とても連携できている」と回答した区の数は増加しているものの、約半数程度である。" : ""), null, null, false));
            if (i == 0) {
                for (int h = 0; h < hidden; h++) {
                    lines.add(new FindingSummary(lines.size(), "隠した所見", null, null, true));
                }
            }
        }
        return new Findings(2026, type, true, 1, lines);
    }

    private static Conclusions conclusions() {
        return new Conclusions(2026, "・全体として連携が進んでいる。\n\n  1. 周知が必要である。\n", null, "＃連携の強化\n", null);
    }

    private static List<LevelCounts> expected(InstrumentResults results) {
        List<LevelCounts> rows = new ArrayList<>();
        for (ItemResult item : results.items()) {
            rows.add(item.current());
            rows.add(item.comparison());
        }
        return rows;
    }

    // --- reading the file back

    private static XMLSlideShow write(ReportDeck deck) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportSlides.write(deck, out);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Each series' values in the chart and in the workbook that 「データの編集」 opens are the counts per row. */
    private static void assertCounts(XSLFChart chart, List<LevelCounts> rows) throws IOException {
        List<XDDFChartData.Series> series = series(chart);
        Sheet sheet;
        try {
            sheet = chart.getWorkbook().getSheetAt(0);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        for (int s = 0; s < series.size(); s++) {
            assertThat(sheet.getRow(0).getCell(s + 1).getStringCellValue()).isEqualTo(names(chart).get(s));
            for (int row = 0; row < rows.size(); row++) {
                LevelCounts counts = rows.get(row);
                int expected = s < Level.values().length ? counts.count(Level.values()[s]) : counts.unanswered();
                assertThat(series.get(s).getValuesData().getPointAt(row).intValue()).as("series %d, row %d", s, row)
                        .isEqualTo(expected);
                Row cells = sheet.getRow(row + 1);
                assertThat((int) cells.getCell(s + 1).getNumericCellValue()).as("workbook %d, %d", s, row)
                        .isEqualTo(expected);
                assertThat(cells.getCell(0).getStringCellValue())
                        .isEqualTo(series.get(s).getCategoryData().getPointAt(row));
            }
        }
    }

    private static List<XDDFChartData.Series> series(XSLFChart chart) {
        XDDFChartData data = chart.getChartSeries().getFirst();
        List<XDDFChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            series.add(data.getSeries(i));
        }
        return series;
    }

    private static List<String> names(XSLFChart chart) {
        return series(chart).stream().map(one -> ((XDDFBarChartData.Series) one).getCTBarSer().getTx().getStrRef()
                .getStrCache().getPtArray(0).getV()).toList();
    }

    private static List<String> titles(XMLSlideShow show) {
        // the title slide's title is a centred title, which XSLFSlide.getTitle does not read
        return show.getSlides().stream().map(slide -> slide.getPlaceholders().length == 0 ? null
                : Arrays.stream(slide.getPlaceholders()).filter(shape -> shape.getPlaceholder() == Placeholder.TITLE
                        || shape.getPlaceholder() == Placeholder.CENTERED_TITLE).findFirst().map(XSLFTextShape::getText)
                        .orElse(null)).toList();
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    private static List<XSLFChart> charts(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast).toList();
    }

    private static <T> T single(List<T> list) {
        assertThat(list).hasSize(1);
        return list.getFirst();
    }
}
