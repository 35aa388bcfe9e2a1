package jp.osaka.renkei.survey.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads past answers from a CSV or .xlsx file, telling the format by its content, within size and row limits.
 * In CSV, one apostrophe before = + - @ (as {@link AnswerFileWriter} writes it) is taken off again.
 */
public final class AnswerFileReader {

    public static final List<String> HEADER = Column.headers();

    private static final int SNIFF_BYTES = 8 * 1024;
    private static final double MEGABYTE = 1024 * 1024;
    /** Unpacked xlsx parts may be this many times the file size limit; real workbooks pack about five to ten. */
    private static final int UNPACKED_FACTOR = 20;

    /** Reads at most {@code limits.maxBytes() + 1} bytes; an IOException is only the stream's own. */
    public ParsedFile read(InputStream in, ImportLimits limits) throws IOException {
        byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            return ParsedFile.refused(ImportProblem.ofFile("import.file.tooLarge", limits.maxBytes() / MEGABYTE));
        }
        if (isEmpty(bytes)) {
            return ParsedFile.refused(ImportProblem.ofFile("import.file.empty"));
        }
        try {
            return AnswerTable.read(rows(bytes, limits), limits.maxRows());
        } catch (UnreadableFileException e) {
            return ParsedFile.refused(e.problem());
        }
    }

    private static Iterator<SourceRow> rows(byte[] bytes, ImportLimits limits) throws IOException {
        if (isZip(bytes)) {
            return XlsxSource.of(bytes, limits.maxBytes() * UNPACKED_FACTOR);
        }
        int nulLine = nulLine(bytes);
        if (nulLine > 0) {
            // a program, an image, or text saved as UTF-16 (Excel's "Unicode テキスト"): say what was found and where
            throw new UnreadableFileException(ImportProblem.at(nulLine, 0, "import.file.nul", nulLine), null);
        }
        Optional<String> text = CsvSource.decode(bytes);
        if (text.isEmpty()) {
            throw new UnreadableFileException(ImportProblem.ofFile("import.file.encoding"), null);
        }
        return CsvSource.of(text.get());
    }

    private static boolean isEmpty(byte[] bytes) {
        for (int index = CsvSource.hasBom(bytes) ? 3 : 0; index < bytes.length; index++) {
            if (" \t\r\n".indexOf(bytes[index]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The 1-based line of the first NUL byte among the first bytes, or 0 when there is none. */
    static int nulLine(byte[] bytes) {
        int line = 1;
        for (int index = 0; index < Math.min(bytes.length, SNIFF_BYTES); index++) {
            if (bytes[index] == 0) {
                return line;
            }
            if (bytes[index] == '\n') {
                line++;
            }
        }
        return 0;
    }
}
