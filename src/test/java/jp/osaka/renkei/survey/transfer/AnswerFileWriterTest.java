package jp.osaka.renkei.survey.transfer;

import static jp.osaka.renkei.survey.transfer.AnswerFiles.read;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.osaka.renkei.base.PrintLayoutAssert;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AnswerFileWriterTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final List<AnswerRow> ROWS = List.of(
            row(2, "2021", "北区", "7", "とても連携できている", "🏥 病院と, \"よく\"\r\n話す"),
            row(3, "2021", "北区", "総合相談窓口（ブランチ）", "VERY_WELL", HYPERLINK),
            row(4, "2022", "271276", "8", "-1", "+81 6 1234"),
            row(5, "2022", "北区", "9", "@x", "'=already quoted"),
            row(6, "2022", "北区", "10", "連携できている", ""));

    @Test
    void csvStartsWithAByteOrderMarkAndTheHeaderAndEndsLinesWithCrlf() throws IOException {
        String text = new String(csv(ROWS.subList(4, 5)), StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFF年度,区,区名,回答主体,項目,項目名,連携度,コメント\r\n2022,北区,,区役所,10,,連携できている,\r\n");
    }

    @Test
    void namesForPeopleStandBesideTheCodesTheReaderReadsAndComeBackAsWritten() throws IOException {
        List<AnswerRow> named = List.of(new AnswerRow(2, "2022", "271276", "区役所", "7", "連携できている", "",
                "北区", "障がい者基幹相談支援センター"));
        String text = new String(csv(named), StandardCharsets.UTF_8);

        assertThat(text).contains("\r\n2022,271276,北区,区役所,7,障がい者基幹相談支援センター,連携できている,\r\n");
        assertThat(read(csv(named)).rows()).containsExactlyElementsOf(named);
        assertThat(read(csv(named)).warnings()).isEmpty();
        assertThat(read(xlsx(named)).rows()).containsExactlyElementsOf(named);
    }

    @Test
    void csvNeutralisesCellsThatLookLikeFormulas() throws IOException {
        String text = new String(csv(ROWS), StandardCharsets.UTF_8);

        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", ",'-1,'+81 6 1234", ",'@x,''=already quoted")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void csvRoundTripsExactly() throws IOException {
        ParsedFile file = read(csv(ROWS));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactlyElementsOf(ROWS);
    }

    @Test
    void xlsxRoundTripsExactly() throws IOException {
        ParsedFile file = read(xlsx(ROWS));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactlyElementsOf(ROWS);
    }

    @Test
    void xlsxHasOneSheetWithABoldFrozenHeaderTextCellsAndTheYearAsANumber() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(ROWS)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(sheet.getSheetName()).isEqualTo("回答");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            XSSFCell header = sheet.getRow(0).getCell(4);
            assertThat(header.getStringCellValue()).isEqualTo("項目");
            assertThat(header.getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2021.0);
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void xlsxWritesAFormulaLikeCommentAsAQuotePrefixedStringNeverAFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(ROWS)))) {
            XSSFCell comment = workbook.getSheetAt(0).getRow(2).getCell(7);

            assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(comment.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(7).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aYearThatIsNotAPlainNumberStaysText() throws IOException {
        List<AnswerRow> rows = List.of(row(2, "R3", "北区", "7", "x", ""), row(3, "02021", "北区", "7", "x", ""));

        assertThat(read(xlsx(rows)).rows()).extracting(AnswerRow::fiscalYear).containsExactly("R3", "02021");
    }

    @Test
    void xlsxPrintsOnA4LandscapeOnePageWideWithTheHeaderRowOnEveryPageAndTheCommentsWrapped() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(ROWS)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            PrintLayoutAssert.assertPrintsOnA4(sheet, XlsxAnswerSheet.TITLE, "2021、2022");
            assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
            PrintLayoutAssert.assertWraps(sheet, 7);
            assertThat(sheet.getRow(2).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private static byte[] csv(List<AnswerRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerFileWriter.writeCsv(rows, out);
        return out.toByteArray();
    }

    private static byte[] xlsx(List<AnswerRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerFileWriter.writeXlsx(rows, out);
        return out.toByteArray();
    }
}
