package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import jp.osaka.renkei.base.CsvFile;

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

        ReportWorkbook.write(List.of(new ReportWorkbook.Page("区役所", "区役所　令和3年度", table)), out);

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
}
