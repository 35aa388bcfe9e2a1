package jp.osaka.renkei.survey.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jp.osaka.renkei.base.PrintLayout;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The answers as an .xlsx workbook with one sheet 回答, printed as {@link PrintLayout} says with the comments
 * wrapped. The file is the import's format, in Japanese whatever the reader's language, and so is its title.
 */
final class XlsxAnswerSheet {

    static final String SHEET = "回答";
    static final String TITLE = "連携度調査 回答の書き出し";
    /** Characters; with the comment's 50 they fit across A4 landscape. */
    private static final int[] WIDTHS = {8, 10, 10, 14, 8, 30, 20, 50};
    private static final int COMMENT = 7;
    private static final int FISCAL_YEAR = 0;

    private XlsxAnswerSheet() {
    }

    static void write(List<AnswerRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            // "@": Excel keeps what a user types later into the cell as text, too
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            CellStyle wrappedQuoted = workbook.createCellStyle();
            wrappedQuoted.cloneStyleFrom(quoted);
            wrappedQuoted.setWrapText(true);
            PrintLayout.alignTop(workbook);

            Row first = sheet.createRow(0);
            for (int index = 0; index < AnswerFileWriter.HEADER.size(); index++) {
                Cell cell = first.createCell(index);
                cell.setCellValue(AnswerFileWriter.HEADER.get(index));
                cell.setCellStyle(header);
                PrintLayout.width(sheet, index, WIDTHS[index]);
            }
            sheet.createFreezePane(0, 1);
            PrintLayout.apply(sheet, TITLE, SHEET, years(rows), 0, 0);
            for (int index = 0; index < rows.size(); index++) {
                Row row = sheet.createRow(index + 1);
                List<String> values = AnswerFileWriter.cells(rows.get(index));
                for (int column = 0; column < values.size(); column++) {
                    String value = values.get(column);
                    Cell cell = row.createCell(column);
                    if (column == FISCAL_YEAR && value.matches("[1-9]\\d{0,8}")) {
                        cell.setCellValue(Integer.parseInt(value));
                    } else {
                        // a plain string cell, so =HYPERLINK(…) is shown, never run
                        cell.setCellValue(value);
                        boolean plain = FormulaText.neutralise(value).equals(value);
                        cell.setCellStyle(column == COMMENT ? plain ? wrapped : wrappedQuoted : plain ? text : quoted);
                    }
                }
                PrintLayout.fitHeight(row);
            }
            workbook.write(out);
        }
    }

    /** The rounds in the file, for the page header: 年度 2021, or nothing for a template. */
    private static String years(List<AnswerRow> rows) {
        List<String> years = rows.stream().map(AnswerRow::fiscalYear).distinct().sorted().toList();
        return years.isEmpty() ? "" : AnswerFileWriter.HEADER.get(FISCAL_YEAR) + " " + String.join("、", years);
    }
}
