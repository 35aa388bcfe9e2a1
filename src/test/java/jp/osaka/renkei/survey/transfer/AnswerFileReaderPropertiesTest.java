package jp.osaka.renkei.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.BadInput;

import org.junit.jupiter.api.Test;

/**
 * Whatever the cells of an answer file hold — very long text, control characters, emoji, full-width
 * characters, SQL, HTML, quotes and commas — the reader gives rows or problems with a line and a
 * message, never an unexpected exception; and what a comment held comes back unchanged. The inputs come
 * from {@link BadInput}'s seed, named in every failure.
 */
class AnswerFileReaderPropertiesTest {

    private final BadInput input = BadInput.generator();

    @Test
    void anyCsvCellsGiveRowsOrProblemsNeverAnException() {
        for (int i = 0; i < 300; i++) {
            List<List<String>> rows = input.rows(5, 7);
            StringBuilder csv = new StringBuilder(AnswerFiles.HEADER_LINE).append("\r\n");
            for (List<String> row : rows) {
                csv.append(String.join(",", row.stream().map(AnswerFileReaderPropertiesTest::quoted).toList()))
                        .append("\r\n");
            }

            ParsedFile file = read(csv.toString().getBytes(StandardCharsets.UTF_8), i);

            assertRowsOrProblems(file, rows.size(), i);
        }
    }

    @Test
    void anyRawBytesGiveRowsOrProblemsNeverAnException() {
        for (int i = 0; i < 200; i++) {
            ParsedFile file = read(input.bytes(2000), i);

            String which = input.describe(i);
            file.problems().forEach(problem -> assertThat(problem.messageKey()).as(which).startsWith("import."));
        }
    }

    @Test
    void anyXlsxCellsGiveRowsOrProblemsNeverAnException() {
        for (int i = 0; i < 100; i++) {
            List<List<String>> rows = input.rows(5, 7);
            List<List<Object>> sheet = new ArrayList<>();
            sheet.add(List.of((Object[]) AnswerFiles.HEADER_LINE.split(",")));
            rows.forEach(row -> sheet.add(new ArrayList<>(row)));

            ParsedFile file = read(AnswerFiles.xlsx(sheet), i);

            assertRowsOrProblems(file, rows.size(), i);
        }
    }

    /** NUL is left out: a file with NUL bytes is taken for a binary file and refused as a whole (as tested above). */
    @Test
    void aCommentComesBackAsItWasWritten() {
        int tried = 0;
        for (int i = 0; i < 300; i++) {
            String comment = input.text().replace("\u0000", "");
            // a lone surrogate cannot be written in UTF-8 at all
            if (!new String(comment.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(comment)) {
                continue;
            }
            tried++;
            // cells are trimmed, and one apostrophe before a formula sign is taken off (then trimmed again)
            String expected = FormulaText.restore(comment.strip()).strip();
            byte[] csv = (AnswerFiles.HEADER_LINE + "\r\n2021,北区,区役所,1,連携できている," + quoted(comment) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8);

            ParsedFile file = read(csv, i);

            String which = input.describe(i) + ", comment "
                    + comment.codePoints().limit(50).mapToObj(Integer::toHexString).toList();
            assertThat(file.problems()).as(which).isEmpty();
            assertThat(file.rows()).as(which).singleElement()
                    .satisfies(row -> assertThat(row.comment()).as(which).isEqualTo(expected));
        }
        assertThat(tried).as("comments that UTF-8 can hold").isGreaterThan(200);
    }

    /** Reads the file; an exception is a failure that names the case. */
    private ParsedFile read(byte[] bytes, int index) {
        try {
            return AnswerFiles.read(bytes);
        } catch (RuntimeException e) {
            throw new AssertionError("the reader threw on " + input.describe(index), e);
        }
    }

    private void assertRowsOrProblems(ParsedFile file, int dataRows, int index) {
        String which = input.describe(index);
        assertThat(file.rows().size()).as(which).isLessThanOrEqualTo(dataRows);
        for (ImportProblem problem : file.problems()) {
            assertThat(problem.messageKey()).as(which).startsWith("import.");
            // a NUL byte is placed by its physical line, which a quoted line break in a cell moves on
            if (!problem.messageKey().equals("import.file.nul")) {
                assertThat(problem.line()).as(which).isBetween(0, dataRows + 1);
            }
        }
    }

    /** As a CSV cell: quoted, with quotes doubled. */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
