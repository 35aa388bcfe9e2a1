package jp.osaka.renkei.survey.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The answers as an .xlsx workbook with one sheet 回答. */
final class XlsxAnswerSheet {

    static final String SHEET = "回答";
    private static final int[] WIDTHS = {8, 10, 12, 14, 8, 36, 24, 60};
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

            Row first = sheet.createRow(0);
            for (int index = 0; index < AnswerFileWriter.HEADER.size(); index++) {
                Cell cell = first.createCell(index);
                cell.setCellValue(AnswerFileWriter.HEADER.get(index));
                cell.setCellStyle(header);
                sheet.setColumnWidth(index, WIDTHS[index] * 256);
            }
            sheet.createFreezePane(0, 1);
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
                        cell.setCellStyle(FormulaText.neutralise(value).equals(value) ? text : quoted);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
