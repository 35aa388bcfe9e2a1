package jp.osaka.renkei.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table downloaded as CSV for Excel in Japan: UTF-8 with a byte order mark by default, or Windows-31J
 * (Shift_JIS as Windows writes it) for older tools. Windows-31J cannot hold every character (e.g. 𠮷):
 * {@link #unmappable} names them so that the user is told, and they are written as 〓 (the geta mark
 * Japanese printing uses for a missing character) instead of a silent '?'. Numbers stay numbers; text that
 * looks like a formula is neutralised.
 */
public record CsvFile(List<String> header, List<List<?>> rows) {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final String GETA = "〓";

    public CsvFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public byte[] encode(Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, charset);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                writer.write('\uFEFF');
            }
            csv.printRecord(header.stream().map(text -> cell(text, charset)).toList());
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(value -> cell(value, charset)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The characters of the table that the charset cannot hold, each once, in code point order. */
    public SortedSet<String> unmappable(Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        SortedSet<String> missing = new TreeSet<>();
        java.util.stream.Stream.concat(header.stream(), rows.stream().flatMap(List::stream))
                .filter(value -> value instanceof CharSequence)
                .map(Object::toString)
                .flatMapToInt(String::codePoints)
                .filter(codePoint -> !encoder.canEncode(Character.toString(codePoint)))
                .forEach(codePoint -> missing.add(Character.toString(codePoint)));
        return missing;
    }

    private static Object cell(Object value, Charset charset) {
        if (value instanceof Number) {
            return value;
        }
        String text = SpreadsheetText.neutralise(String.valueOf(value));
        if (charset.equals(StandardCharsets.UTF_8)) {
            return text;
        }
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder kept = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            kept.append(encoder.canEncode(character) ? character : GETA);
        });
        return kept.toString();
    }
}
