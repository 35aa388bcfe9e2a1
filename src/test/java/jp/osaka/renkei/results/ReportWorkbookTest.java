package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.PrintLayout;
import jp.osaka.renkei.base.PrintLayoutAssert;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    @Test
    void writesNumbersAsNumbersFreezesTheHeaderAndKeepsFormulasAsText() throws Exception {
        CsvFile table = new CsvFile(List.of("番号", "項目", "とても"),
                List.of(List.of(1, "医師会", 14), List.of(2, "=HYPERLINK(\"http://example.com\",\"x\")", 9)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportWorkbook.write("集計結果", List.of(new ReportWorkbook.Page("区役所", "区役所　令和3年度", "令和3年度", table)),
                out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("区役所");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("区役所　令和3年度");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("とても");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(14);
            var formula = sheet.getRow(3).getCell(1);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithItsHeaderRowTitleAndRoundAndLongTextWrapped() throws Exception {
        CsvFile counts = new CsvFile(List.of("番号", "項目", "とても連携できている"), List.of(List.of(1, "医師会", 14)));
        CsvFile findings = new CsvFile(List.of("区分", "番号", "内容"),
                List.of(List.of("区役所", 1, "あ".repeat(400)), List.of("まとめ", 1, "い".repeat(300))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReportWorkbook.write("連携度調査 集計結果 R&D", List.of(
                new ReportWorkbook.Page("区役所", "区役所　令和3年度", "令和3年度：回答 20 / 24区", counts),
                new ReportWorkbook.Page("所見", "所見　令和3年度", "令和3年度", findings, Set.of(2))), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook) {
                PrintLayoutAssert.assertPrintsOnA4(sheet, "連携度調査 集計結果 R&D", "令和3年度");
                assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(1);
            }
            Sheet counted = workbook.getSheet("区役所");
            assertThat(counted.getHeader().getRight()).endsWith("令和3年度：回答 20 / 24区");
            assertThat(counted.getHeader().getLeft()).as("the page's title under the workbook's")
                    .endsWith("連携度調査 集計結果 R&&D\n区役所　令和3年度");
            assertThat(counted.getHeader().getCenter()).as("nothing between them to run into").isEmpty();
            assertThat(counted.getRow(1).getHeightInPoints()).as("a level's heading wraps to two lines")
                    .isGreaterThanOrEqualTo(2 * 14f);
            PrintLayoutAssert.assertTallEnough(counted.getRow(1));
            Sheet sheet = workbook.getSheet("所見");
            PrintLayoutAssert.assertWraps(sheet, 2);
            // the text takes the width the short columns leave, up to the widest column: within A4 landscape
            int total = 0;
            for (int column = 0; column < 3; column++) {
                total += sheet.getColumnWidth(column) / 256;
            }
            assertThat(total).isLessThanOrEqualTo(PrintLayout.WIDTH);
            assertThat(sheet.getColumnWidth(2) / 256).isEqualTo(PrintLayout.MAX_COLUMN);
            assertThat(sheet.getColumnWidth(1) / 256).isLessThan(10);
        }
    }
}
