package jp.osaka.renkei.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import jp.osaka.renkei.base.SpreadsheetText;
import jp.osaka.renkei.base.i18n.DateFormats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The 監査ログ as CSV for Excel in Japan: in words for people (the action's code kept in a column of its
 * own), UTF-8 with a byte order mark, and no cell that a spreadsheet would run as a formula.
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DateFormats.ZONE);

    private AuditCsv() {
    }

    /**
     * One row per entry: the action's label in the reader's language beside its code, and the detail in
     * words, as {@link AuditTexts} gives them to the screen.
     */
    public static void write(Stream<AuditEntry> entries, String[] header, AuditTexts.Translator translator,
            OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get())) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                csv.printRecord(TIME.format(entry.getOccurredAt()), text(entry.getActor()),
                        text(AuditTexts.action(entry.getAction(), translator)), entry.getAction(),
                        text(entry.getTarget()), text(AuditTexts.detail(entry, translator)));
            }
        }
    }

    /** A cell starting with = + - @ (or a tab or carriage return) is shown as text, never evaluated. */
    static String text(String value) {
        return SpreadsheetText.neutralise(value);
    }
}
