package jp.osaka.renkei.survey.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of the first sheet of an .xlsx workbook. Formulas are refused, never evaluated; so are
 * dates, which no column of the file holds (a date in 年度 is a mistake better shown than guessed).
 */
final class XlsxSource {

    private XlsxSource() {
    }

    /**
     * POI's zip-bomb checks (ZipSecureFile) stay on: a bomb, like any other zip, is simply unreadable.
     * POI's own workbook model needs many times the unpacked size in memory, so that is capped first.
     */
    static Iterator<SourceRow> of(byte[] bytes, long maxUnpackedBytes) {
        if (unpackedSizeExceeds(bytes, maxUnpackedBytes)) {
            throw new UnreadableFileException(ImportProblem.ofFile("import.file.tooLargeUnpacked"), null);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return Collections.emptyIterator();
            }
            return rows(workbook.getSheetAt(0)).iterator();
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook with many kinds of runtime exceptions
            throw new UnreadableFileException(ImportProblem.ofFile("import.file.unreadable"), e);
        }
    }

    /** Counts what the entries inflate to, stopping at the cap; a zip that cannot be read is left to POI. */
    static boolean unpackedSizeExceeds(byte[] bytes, long cap) {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > cap) {
                        return true;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static List<SourceRow> rows(Sheet sheet) {
        List<SourceRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<SourceCell> cells = new ArrayList<>();
            for (int index = 0; index < Math.max(row.getLastCellNum(), 0); index++) {
                Cell cell = row.getCell(index);
                cells.add(cell == null ? SourceCell.EMPTY : cell(cell));
            }
            rows.add(new SourceRow(row.getRowNum() + 1, cells));
        }
        return rows;
    }

    private static SourceCell cell(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> SourceCell.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? SourceCell.refused("import.cell.date")
                    : SourceCell.text(plain(cell.getNumericCellValue()));
            case BOOLEAN -> SourceCell.text(Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT));
            case ERROR -> SourceCell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> SourceCell.refused("import.cell.formula");
            case BLANK, _NONE -> SourceCell.EMPTY;
        };
    }

    /** 2021, not 2021.0. */
    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
