package jp.osaka.renkei.survey.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The rows of the first sheet of an .xlsx workbook, read as a stream ({@link SheetRows}): POI's
 * workbook model would need many times the unpacked size in memory (about 3.5 GB allocated for a 4 MB
 * file of 150,000 rows), the stream only the shared strings and the row being read.
 */
final class XlsxSource {

    private XlsxSource() {
    }

    /**
     * POI's zip-bomb checks (ZipSecureFile) stay on: a bomb, like any other zip, is simply unreadable.
     * The package holds its unpacked parts in memory, so their total is capped first.
     */
    static Iterator<SourceRow> of(byte[] bytes, long maxUnpackedBytes) {
        if (unpackedSizeExceeds(bytes, maxUnpackedBytes)) {
            throw new UnreadableFileException(ImportProblem.ofFile("import.file.tooLargeUnpacked"), null);
        }
        try {
            OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return Collections.emptyIterator();
            }
            InputStream sheet = sheets.next();
            List<String> strings = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())
                    .stream().findFirst().map(XlsxSource::sharedStrings).orElse(List.of());
            return new SheetRows(sheet, strings, reader.getStylesTable());
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // POI reports a file that is not a workbook with many kinds of exceptions
            throw new UnreadableFileException(ImportProblem.ofFile("import.file.unreadable"), e);
        }
    }

    private static List<String> sharedStrings(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            return SheetRows.sharedStrings(in);
        } catch (IOException e) {
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

    /** 2021, not 2021.0. */
    static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
