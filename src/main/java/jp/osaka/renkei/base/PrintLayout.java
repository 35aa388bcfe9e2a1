package jp.osaka.renkei.base;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every workbook the app writes prints: A4 landscape, one page wide and as many tall as needed, the table's
 * header row(s) on every page, the title and the round in the page header, page x / y and the date in the footer.
 * Column widths are in characters; {@link #WIDTH} is about what fits across A4 landscape at 100 %.
 */
public final class PrintLayout {

    /** Characters of the default font that fit across A4 landscape between the margins. */
    public static final int WIDTH = 140;
    /** The narrowest and widest a column may be, in characters. */
    public static final int MIN_COLUMN = 4;
    public static final int MAX_COLUMN = 100;

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
        Header header = sheet.getHeader();
        header.setLeft(escape(title));
        header.setCenter(escape(page));
        header.setRight(escape(detail));
        Footer footer = sheet.getFooter();
        footer.setCenter("&P / &N");
        footer.setRight("&D");
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
