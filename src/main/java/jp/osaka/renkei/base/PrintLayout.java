package jp.osaka.renkei.base;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every workbook the app writes prints: A4 landscape, one page wide and as many tall as needed, the table's
 * header row(s) on every page, the title and the round in the page header, page x / y and the date in the footer.
 * Column widths are in characters; {@link #WIDTH} is about what fits across A4 landscape at 100 %. A row whose
 * wrapped text needs more than one line is given the height of its lines: LibreOffice does not size such rows
 * when it opens a file, and printed only their last line (docs/decisions/0013-printed-workbooks.md).
 */
public final class PrintLayout {

    /** Characters of the default font that fit across A4 landscape between the margins. */
    public static final int WIDTH = 140;
    /** The height of one line of the default font, in points. */
    public static final float LINE_HEIGHT = 15f;
    /** The narrowest and widest a column may be, in characters. */
    public static final int MIN_COLUMN = 4;
    public static final int MAX_COLUMN = 100;

    /** The page header's font size (9 pt): the workbook's and the page's titles and the round fit across A4. */
    private static final String SMALL = "&9";

    private PrintLayout() {
    }

    /**
     * @param title       what the workbook is (left of the page header)
     * @param page        this sheet's title (centre)
     * @param detail      round, comparison round, how many wards answered (right); empty when unknown
     * @param firstHeader the first and last row (0-based) of the table's header, printed on every page
     */
    public static void apply(Sheet sheet, String title, String page, String detail, int firstHeader, int lastHeader) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        setup.setHeaderMargin(0.3);
        setup.setFooterMargin(0.3);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.75);
        sheet.setMargin(Sheet.BottomMargin, 0.75);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeader, lastHeader, -1, -1));
        // the page's title under the workbook's on the left, the round on the right: centred, a long title and a
        // long round ran into each other
        Header header = sheet.getHeader();
        header.setLeft(SMALL + escape(title) + "\n" + escape(page));
        header.setRight(SMALL + escape(detail));
        Footer footer = sheet.getFooter();
        footer.setCenter("&P / &N");
        footer.setRight("&D");
    }

    /**
     * Gives the row the height of its tallest wrapped cell's text (its lines, and each line broken at its column's
     * width); a row of single lines keeps the default height.
     */
    public static void fitHeight(Row row) {
        Sheet sheet = row.getSheet();
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
                continue;
            }
            int characters = Math.max(1, sheet.getColumnWidth(cell.getColumnIndex()) / 256);
            int needed = 0;
            for (String line : cell.getStringCellValue().split("\\R", -1)) {
                needed += Math.max(1, (displayWidth(line) + characters - 1) / characters);
            }
            lines = Math.max(lines, needed);
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_HEIGHT);
        }
    }

    /**
     * Puts the text of every style made so far (the default one too) at the top of its cell: beside a cell of
     * several lines, a one-line cell then reads as the start of the same record.
     */
    public static void alignTop(Workbook workbook) {
        for (int index = 0; index < workbook.getNumCellStyles(); index++) {
            workbook.getCellStyleAt(index).setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /** Characters a text takes: full-width ones (kanji, kana, full-width forms) count two. */
    public static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 && c < 0xFF61 || c >= 0xFFE0 && c < 0xFFEF ? 2 : 1).sum();
    }

    /** A width in characters, kept between {@link #MIN_COLUMN} and {@link #MAX_COLUMN}. */
    public static void width(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, Math.clamp(characters, MIN_COLUMN, MAX_COLUMN) * 256);
    }

    /** Text for a page header or footer: an ampersand starts a code there, so a literal one is written twice. */
    public static String escape(String text) {
        return text.replace("&", "&&");
    }
}
