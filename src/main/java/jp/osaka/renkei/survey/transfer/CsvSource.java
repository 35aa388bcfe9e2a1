package jp.osaka.renkei.survey.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The rows of a CSV file in UTF-8 (with or without a byte order mark) or Windows-31J, as Excel in Japan saves it. */
final class CsvSource implements Iterator<SourceRow> {

    static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Excel's dialect, except that a quote left open at the end is an error rather than swallowing the rest. */
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setLenientEof(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvSource(String text) throws IOException {
        this.parser = FORMAT.parse(new StringReader(text));
        this.records = parser.iterator();
    }

    static CsvSource of(String text) throws IOException {
        return new CsvSource(text);
    }

    /** UTF-8 when the bytes have a byte order mark or are valid UTF-8, else Windows-31J; empty when neither fits. */
    static Optional<String> decode(byte[] bytes) {
        if (hasBom(bytes)) {
            return strictly(StandardCharsets.UTF_8, bytes, BOM.length);
        }
        return strictly(StandardCharsets.UTF_8, bytes, 0).or(() -> strictly(WINDOWS_31J, bytes, 0));
    }

    static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static Optional<String> strictly(Charset charset, byte[] bytes, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            // an unclosed quote: commons-csv reads ahead, so the record it stopped in is the next one
            throw new UnreadableFileException(
                    ImportProblem.at((int) parser.getRecordNumber() + 1, 0, "import.csv.malformed"), e);
        }
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        CSVRecord record = records.next();
        return new SourceRow((int) record.getRecordNumber(),
                record.stream().map(value -> SourceCell.text(FormulaText.restore(value.strip()))).toList());
    }
}
