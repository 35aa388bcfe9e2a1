package jp.osaka.renkei.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.SpreadsheetText;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The round's Excel workbook: one sheet per table, a title row, a bold header row frozen in place,
 * counts as numbers, and text that looks like a formula stored as quote-prefixed text, never evaluated.
 */
final class ReportWorkbook {

    /** A sheet: its tab name, the title above the table, the table, and the columns of long text (wide, wrapped). */
    record Page(String name, String title, CsvFile table, Set<Integer> textColumns) {

        Page(String name, String title, CsvFile table) {
            this(name, title, table, Set.of());
        }
    }

    private ReportWorkbook() {
    }

    static void write(List<Page> pages, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle titleStyle = workbook.createCellStyle();
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);
            titleStyle.setFont(large);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setWrapText(true);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setQuotePrefixed(true);
            for (Page page : pages) {
                Sheet sheet = workbook.createSheet(page.name());
                Row title = sheet.createRow(0);
                Cell titleCell = title.createCell(0);
                titleCell.setCellValue(page.title());
                titleCell.setCellStyle(titleStyle);
                Row header = sheet.createRow(1);
                for (int column = 0; column < page.table().header().size(); column++) {
                    Cell cell = header.createCell(column);
                    cell.setCellValue(page.table().header().get(column));
                    cell.setCellStyle(headerStyle);
                    sheet.setColumnWidth(column, page.textColumns().contains(column) ? 80 * 256
                            : column == 1 || page.table().header().size() <= 4 ? 36 * 256 : 14 * 256);
                }
                sheet.createFreezePane(0, 2);
                int rowIndex = 2;
                for (List<?> values : page.table().rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int column = 0; column < values.size(); column++) {
                        Cell cell = row.createCell(column);
                        write(cell, values.get(column), quoted);
                        if (page.textColumns().contains(column)) {
                            cell.setCellStyle(wrapped); // a comment is text, whatever it starts with
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void write(Cell cell, Object value, CellStyle quoted) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return;
        }
        String text = String.valueOf(value);
        cell.setCellValue(text);
        if (SpreadsheetText.looksLikeFormula(text)) {
            cell.setCellStyle(quoted);
        }
    }
}
