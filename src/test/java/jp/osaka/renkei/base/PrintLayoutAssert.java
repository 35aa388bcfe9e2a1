package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/** What every sheet of a workbook the app writes must say about printing (read back with POI). */
public final class PrintLayoutAssert {

    private PrintLayoutAssert() {
    }

    /**
     * A4 landscape, one page wide, the header row(s) repeated, the title and round in the page header, page
     * numbers in the footer, every column between 4 and 100 characters and the whole table about A4's width.
     */
    public static void assertPrintsOnA4(Sheet sheet, String title, String round) {
        String name = sheet.getSheetName();
        PrintSetup setup = sheet.getPrintSetup();
        assertThat(setup.getLandscape()).as(name + " landscape").isTrue();
        assertThat(setup.getPaperSize()).as(name + " A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).as(name + " fit to page").isTrue();
        assertThat(setup.getFitWidth()).as(name + " one page wide").isEqualTo((short) 1);
        assertThat(setup.getFitHeight()).as(name + " any number of pages tall").isEqualTo((short) 0);
        assertThat(sheet.getRepeatingRows()).as(name + " repeated header rows").isNotNull();
        String header = sheet.getHeader().getLeft() + sheet.getHeader().getCenter() + sheet.getHeader().getRight();
        assertThat(header).as(name + " page header").contains(PrintLayout.escape(title)).contains(round);
        assertThat(sheet.getFooter().getCenter()).as(name + " page numbers").isEqualTo("&P / &N");
        assertThat(sheet.getMargin(Sheet.LeftMargin)).as(name + " margins").isBetween(0.25, 0.8);
        Row first = sheet.getRow(sheet.getRepeatingRows().getLastRow());
        int total = 0;
        for (int column = 0; column < first.getLastCellNum(); column++) {
            int characters = sheet.getColumnWidth(column) / 256;
            assertThat(characters).as(name + " width of column " + column).isBetween(4, 100);
            total += characters;
        }
        assertThat(total).as(name + " table width in characters").isLessThanOrEqualTo(2 * PrintLayout.WIDTH);
    }

    /**
     * The column's cells below the header wrap their text, and every row is tall enough for the lines its wrapped
     * text needs at its column's width (an office suite that does not size rows printed only the last line).
     */
    public static void assertWraps(Sheet sheet, int column) {
        int headerRow = sheet.getRepeatingRows().getLastRow();
        assertThat(sheet.getLastRowNum()).as(sheet.getSheetName() + " has rows").isGreaterThan(headerRow);
        for (int index = headerRow + 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row.getCell(column) != null) {
                assertThat(row.getCell(column).getCellStyle().getWrapText())
                        .as(sheet.getSheetName() + " row " + index + " column " + column + " wraps").isTrue();
            }
            assertThat(row.getZeroHeight()).isFalse();
            assertTallEnough(row);
            for (Cell cell : row) {
                assertThat(cell.getCellStyle().getVerticalAlignment())
                        .as(sheet.getSheetName() + " row " + index + " starts at the top of its cells")
                        .isEqualTo(VerticalAlignment.TOP);
            }
        }
    }

    /** The row's height holds every wrapped cell's lines, counted at about one character per 256 width units. */
    public static void assertTallEnough(Row row) {
        Sheet sheet = row.getSheet();
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
                continue;
            }
            int characters = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
            int lines = 0;
            for (String line : cell.getStringCellValue().split("\\R", -1)) {
                lines += Math.max(1, (int) Math.ceil(PrintLayout.displayWidth(line) / (double) characters));
            }
            float height = row.getHeightInPoints();
            assertThat(height).as(sheet.getSheetName() + " row " + row.getRowNum() + " holds the " + lines
                    + " lines of column " + cell.getColumnIndex()).isGreaterThanOrEqualTo(lines * 14f);
        }
    }
}
