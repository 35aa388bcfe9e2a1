package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.PrintLayoutAssert;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The downloads of 集計結果 hold the screen's numbers, and each role gets only what it may see. */
@DemoDataTest
class ResultsExportTest {

    @Autowired
    ResultsExportService exports;
    @Autowired
    ResultsService results;

    @Test
    @WithUserDetails("admin")
    void theCountsTableHasEachItemsRoundsAndChangeAsNumbers() {
        CsvFile table = exports.countsCsv(2021, 2017, RespondentType.SUPPORT_ROOM, Locale.JAPANESE);
        ItemResult nursing = results.instrument(2021, 2017, RespondentType.SUPPORT_ROOM).item("HOME_NURSING")
                .orElseThrow();

        assertThat(table.header()).containsExactly("番号", "項目", "調査回", "とても連携できている", "連携できている",
                "連携できていない", "全く連携できていない", "区内に団体がない", "未回答", "回答した区の数", "区の数");
        assertThat(table.rows()).hasSize(36);
        assertThat(List.<Object>copyOf(table.rows().get(12))).containsExactly(5, "訪問看護ステーション", "令和3年度 (2021)",
                nursing.current().count(Level.VERY_WELL), nursing.current().count(Level.WELL),
                nursing.current().count(Level.NOT_WELL), nursing.current().count(Level.NOT_AT_ALL),
                nursing.current().count(Level.NO_ORGANISATION), 0, 24, 24);
        assertThat(table.rows().get(14).get(3)).isEqualTo(nursing.change(Level.VERY_WELL));
        // the change row names the wards it compares: those that answered both rounds
        assertThat(List.<Object>copyOf(table.rows().get(14).subList(9, 11))).containsExactly(24, 24);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsWorkbookHasTheWardSheets() throws Exception {
        assertThat(sheetNames()).containsExactly("区役所", "相談支援室", "所見", "医療施設等アンケート", "相互評価", "区別の回答（区役所）",
                "区別の回答（相談支援室）", "各区のコメント");
    }

    @Test
    @WithUserDetails("admin")
    void theBureausCommentSheetHasEveryWardsCommentsOnBothInstrumentsAsWritten(@Autowired CommentService comments)
            throws Exception {
        List<ItemComment> expected = new ArrayList<>(comments.comments(2021, RespondentType.WARD_OFFICE));
        expected.addAll(comments.comments(2021, RespondentType.SUPPORT_ROOM));
        byte[] file = exports.workbook(2021, 2017, Locale.JAPANESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("各区のコメント");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("各区のコメント　令和3年度 (2021)");
            List<String> header = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("区", "回答主体", "番号", "項目", "コメント");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(expected.size()).isGreaterThan(10);
            ItemComment first = expected.getFirst();
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(first.ward().ja());
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("区役所");
            assertThat((int) sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(first.itemNo());
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo(first.text());
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("相談支援室");
        }
    }

    @Test
    @WithUserDetails("viewer")
    void aViewersWorkbookHasOnlyCountsAndNoWardsAnswers() throws Exception {
        assertThat(sheetNames()).containsExactly("区役所", "相談支援室", "所見", "医療施設等アンケート", "相互評価");
        assertThat(exports.mutualPairsCsv(2021, Locale.JAPANESE).rows()).isEmpty();
        // the demo's 医療施設等アンケート: the total over the five facility types first
        assertThat(List.<Object>copyOf(exports.referenceCsv(2021, Locale.JAPANESE).rows().getFirst()))
                .containsExactly("対象施設全体", 215, 521, 189, 48, 0);
    }

    @Test
    @WithUserDetails("room-tennoji")
    void aWardUserCannotDownloadOtherWardsAnswers() {
        assertThatThrownBy(() -> exports.wardLevelsCsv(2021, RespondentType.WARD_OFFICE, Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exports.mutualPairsCsv(2021, Locale.JAPANESE).rows()).extracting(row -> (Object) row.get(0))
                .containsExactly("天王寺区");
    }

    @Test
    @WithUserDetails("admin")
    void everySheetOfTheWorkbookPrintsOnA4LandscapeWithTheTitleRoundAndWhoAnsweredAndWrapsTheLongText()
            throws Exception {
        byte[] file = exports.workbook(2021, 2017, Locale.JAPANESE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                PrintLayoutAssert.assertPrintsOnA4(sheet, "在宅医療・介護連携推進事業 連携度調査 集計結果", "令和3年度 (2021)");
            }
            // the 資料番号 of the round before the workbook's title, as the printed 資料 carries it
            assertThat(workbook.getSheet("区役所").getHeader().getLeft()).contains("資料３　在宅医療・介護連携推進事業");
            assertThat(workbook.getSheet("区役所").getHeader().getRight()).contains("(2017)")
                    .contains("回答 24 / 24区");
            PrintLayoutAssert.assertWraps(workbook.getSheet("所見"), 2);
            PrintLayoutAssert.assertWraps(workbook.getSheet("各区のコメント"), 4);
            PrintLayoutAssert.assertWraps(workbook.getSheet("区別の回答（区役所）"), 1);
        }
    }

    private List<String> sheetNames() throws Exception {
        byte[] file = exports.workbook(2021, 2017, Locale.JAPANESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) {
                names.add(sheet.getSheetName());
            }
            return names;
        }
    }
}
