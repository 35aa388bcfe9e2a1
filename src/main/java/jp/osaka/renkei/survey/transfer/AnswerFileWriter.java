package jp.osaka.renkei.survey.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes past answers in the format {@link AnswerFileReader} reads: CSV for Excel in Japan (UTF-8 with a
 * byte order mark, CRLF) or .xlsx. No cell that looks like a formula can run in a spreadsheet.
 */
public final class AnswerFileWriter {

    /** The headings of a written file: the reader's columns, each name for people right after its code. */
    public static final List<String> HEADER = Column.WRITTEN.stream().map(Column::header).toList();

    private AnswerFileWriter() {
    }

    /** A cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, which the reader removes. */
    public static void writeCsv(List<AnswerRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(HEADER);
            for (AnswerRow row : rows) {
                csv.printRecord(cells(row).stream().map(FormulaText::neutralise).toList());
            }
        }
    }

    /** One sheet 回答 with a bold, frozen header row; text cells are strings, never formulas, and 年度 a number. */
    public static void writeXlsx(List<AnswerRow> rows, OutputStream out) throws IOException {
        XlsxAnswerSheet.write(rows, out);
    }

    /** The cells of a row in the order of {@link #HEADER}. */
    static List<String> cells(AnswerRow row) {
        return List.of(row.fiscalYear(), row.ward(), row.wardName(), row.respondent(), row.item(), row.itemName(),
                row.level(), row.comment());
    }
}
