package jp.osaka.renkei.account.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an account file into rows of cells: xlsx (first sheet), or CSV in UTF-8 (with or without BOM) or, when
 * the bytes are not UTF-8, Shift_JIS (Windows-31J, as Excel in Japan saves CSV). Refuses NUL bytes.
 */
public final class UserFileReader {

    /** The largest account file read: the size the answers import allows, far above a city's accounts. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

    private UserFileReader() {
    }

    /** The rows, header first; throws {@link UserFileException} for a file that is not a CSV or xlsx. */
    public static List<List<String>> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UserFileException("users.import.file.empty");
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return xlsx(bytes);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UserFileException("users.import.file.nul");
            }
        }
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text(bytes)))) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserFileException("users.import.file.unreadable");
        }
    }

    private static String text(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return SHIFT_JIS.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                throw new UserFileException("users.import.file.encoding");
            }
        }
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UserFileException("users.import.file.unreadable");
        }
    }

    /** A file refused as a whole, with a message key. */
    public static final class UserFileException extends RuntimeException {
        private final String messageKey;

        UserFileException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
