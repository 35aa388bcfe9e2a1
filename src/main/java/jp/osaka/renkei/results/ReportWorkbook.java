package jp.osaka.renkei.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.PrintLayout;
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
 * counts as numbers, and text that looks like a formula stored as quote-prefixed text, never evaluated. It prints
 * as {@link PrintLayout} says, long text wrapped in columns that fit A4 landscape.
 */
final class ReportWorkbook {

    /**
     * A sheet: its tab name, the title above the table, what the page header says of the round (round, comparison,
     * how many wards answered), the table, and the columns of long text (sharing the rest of the width, wrapped).
     */
    record Page(String name, String title, String detail, CsvFile table, Set<Integer> textColumns) {

        Page(String name, String title, String detail, CsvFile table) {
            this(name, title, detail, table, Set.of());
        }
    }

    /** The narrowest a column of long text gets, in characters. */
    static final int MIN_TEXT_COLUMN = 10;
    /** The widest a column of short values (numbers, names, levels) gets, in characters. */
    static final int MAX_VALUE_COLUMN = 30;

    private ReportWorkbook() {
    }

    /** @param workbookTitle what the workbook is, printed at the top left of every page */
    static void write(String workbookTitle, List<Page> pages, OutputStream out) throws IOException {
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
                int[] widths = widths(page);
                for (int column = 0; column < page.table().header().size(); column++) {
                    Cell cell = header.createCell(column);
                    cell.setCellValue(page.table().header().get(column));
                    cell.setCellStyle(headerStyle);
                    PrintLayout.width(sheet, column, widths[column]);
                }
                sheet.createFreezePane(0, 2);
                PrintLayout.apply(sheet, workbookTitle, page.title(), page.detail(), 1, 1);
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

    /**
     * Widths in characters: a column of short values as wide as its longest value (a heading wraps, so half of it
     * counts), the columns of long text sharing what is left of {@link PrintLayout#WIDTH}.
     */
    static int[] widths(Page page) {
        List<String> header = page.table().header();
        int[] widths = new int[header.size()];
        int used = 0;
        for (int column = 0; column < widths.length; column++) {
            if (page.textColumns().contains(column)) {
                continue;
            }
            int width = (displayWidth(header.get(column)) + 1) / 2;
            for (List<?> row : page.table().rows()) {
                if (column < row.size()) {
                    width = Math.max(width, displayWidth(String.valueOf(row.get(column))));
                }
            }
            widths[column] = Math.clamp(width + 2L, 6, MAX_VALUE_COLUMN);
            used += widths[column];
        }
        if (!page.textColumns().isEmpty()) {
            int share = Math.clamp((PrintLayout.WIDTH - used) / page.textColumns().size(), MIN_TEXT_COLUMN,
                    PrintLayout.MAX_COLUMN);
            page.textColumns().stream().filter(column -> column < widths.length)
                    .forEach(column -> widths[column] = share);
        }
        return widths;
    }

    /** Full-width characters (kanji, kana, full-width forms) take two character widths. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 && c < 0xFF61 || c >= 0xFFE0 && c < 0xFFEF ? 2 : 1).sum();
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
