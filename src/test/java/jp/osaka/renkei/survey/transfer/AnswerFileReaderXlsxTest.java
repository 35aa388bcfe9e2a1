package jp.osaka.renkei.survey.transfer;

import static jp.osaka.renkei.survey.transfer.AnswerFiles.read;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.row;
import static jp.osaka.renkei.survey.transfer.AnswerFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AnswerFileReaderXlsxTest {

    private static final List<Object> HEADER = List.copyOf(AnswerFileReader.HEADER);

    @Test
    void aGoodWorkbookIsReadWithNumbersAsPlainText() {
        ParsedFile file = read(xlsx(List.of(HEADER,
                List.of(2021, "北区", "区役所", 7, "とても連携できている", "🏥 病院, \"A\""),
                List.of(2021, 271276, "区役所", "総合相談窓口（ブランチ）", "VERY_WELL", ""))));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).containsExactly(row(2, "2021", "北区", "7", "とても連携できている", "🏥 病院, \"A\""),
                row(3, "2021", "271276", "総合相談窓口（ブランチ）", "VERY_WELL", ""));
    }

    @Test
    void englishHeadersInAnotherOrderAndMissingCellsAreHandledAsInCsv() {
        ParsedFile file = read(xlsx(List.of(List.of("item", "FISCAL_YEAR", "ward", "respondent", "level"),
                List.of(7, 2021, "北区", "WARD_OFFICE", "VERY_WELL"),
                List.of(8, 2021, "北区"))));

        assertThat(file.rows()).containsExactly(new AnswerRow(2, "2021", "北区", "WARD_OFFICE", "7", "VERY_WELL", ""));
        assertThat(file.problems()).containsExactly(ImportProblem.at(3, 4, "import.cell.empty", "回答主体"),
                ImportProblem.at(3, 5, "import.cell.empty", "連携度"));
    }

    @Test
    void aFormulaCellIsRefusedAndNeverEvaluated() throws IOException {
        ParsedFile file = read(workbook((row, unused) -> row.createCell(5).setCellFormula("HYPERLINK(\"http://x\",\"y\")")));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).containsExactly(ImportProblem.at(2, 6, "import.cell.formula", "コメント"));
    }

    @Test
    void aDateCellIsRefusedRatherThanGuessed() throws IOException {
        ParsedFile file = read(workbook((row, dateStyle) -> {
            Cell cell = row.createCell(0);
            cell.setCellValue(LocalDate.of(2021, 4, 1));
            cell.setCellStyle(dateStyle);
        }));

        assertThat(file.problems()).containsExactly(ImportProblem.at(2, 1, "import.cell.date", "年度"));
    }

    @Test
    void aDecimalNumberKeepsItsFractionWithoutAnExponent() {
        assertThat(XlsxSource.plain(2021.0)).isEqualTo("2021");
        assertThat(XlsxSource.plain(1.5)).isEqualTo("1.5");
        assertThat(XlsxSource.plain(271276)).isEqualTo("271276");
        assertThat(XlsxSource.plain(1e12)).isEqualTo("1000000000000");
    }

    @Test
    void onlyTheFirstSheetIsRead() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("空");
            workbook.createSheet("回答").createRow(0).createCell(0).setCellValue("年度");
            workbook.write(out);

            assertThat(read(out.toByteArray()).problems()).extracting(ImportProblem::messageKey)
                    .containsOnly("import.column.missing").hasSize(5);
        }
    }

    /** A header and one good row 2021 北区 区役所 7 連携できている, then {@code change} on that row. */
    private static byte[] workbook(RowChange change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("回答");
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            List<String> values = List.of("2021", "北区", "区役所", "7", "連携できている", "");
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue((String) HEADER.get(c));
                row.createCell(c).setCellValue(values.get(c));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            change.apply(row, date);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private interface RowChange {
        void apply(Row row, CellStyle dateStyle);
    }
}
