package jp.osaka.renkei.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.BadInput;

import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the cells of an answer file hold — very long text, control characters, emoji, full-width
 * characters, SQL, HTML, quotes and commas — the reader gives rows or problems with a line and a
 * message, never an unexpected exception; and what a comment held comes back unchanged.
 */
class AnswerFileReaderPropertiesTest {

    @Property(tries = 300)
    void anyCsvCellsGiveRowsOrProblemsNeverAnException(@ForAll("rows") List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(AnswerFiles.HEADER_LINE).append("\r\n");
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(AnswerFileReaderPropertiesTest::quoted).toList())).append("\r\n");
        }

        ParsedFile file = AnswerFiles.read(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertRowsOrProblems(file, rows.size());
    }

    @Property(tries = 200)
    void anyRawBytesGiveRowsOrProblemsNeverAnException(@ForAll @Size(max = 2000) byte[] bytes) {
        ParsedFile file = AnswerFiles.read(bytes);

        assertThat(file.rows().size() + file.problems().size()).isGreaterThanOrEqualTo(0);
        file.problems().forEach(problem -> assertThat(problem.messageKey()).startsWith("import."));
    }

    @Property(tries = 100)
    void anyXlsxCellsGiveRowsOrProblemsNeverAnException(@ForAll("rows") List<List<String>> rows) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(List.of((Object[]) AnswerFiles.HEADER_LINE.split(",")));
        rows.forEach(row -> sheet.add(new ArrayList<>(row)));

        ParsedFile file = AnswerFiles.read(AnswerFiles.xlsx(sheet));

        assertRowsOrProblems(file, rows.size());
    }

    /** NUL is left out: a file with NUL bytes is taken for a binary file and refused as a whole (as tested above). */
    @Property(tries = 300)
    void aCommentComesBackAsItWasWritten(@ForAll("text") String text) {
        String comment = text.replace("\u0000", "");
        // a lone surrogate cannot be written in UTF-8 at all
        Assume.that(new String(comment.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(comment));
        // cells are trimmed, and one apostrophe before a formula sign is taken off (then trimmed again)
        String expected = FormulaText.restore(comment.strip()).strip();
        byte[] csv = (AnswerFiles.HEADER_LINE + "\r\n2021,北区,区役所,1,連携できている," + quoted(comment) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        ParsedFile file = AnswerFiles.read(csv);

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).singleElement().satisfies(row -> assertThat(row.comment())
                .as(() -> "comment " + comment.codePoints().mapToObj(Integer::toHexString).toList())
                .isEqualTo(expected));
    }

    private static void assertRowsOrProblems(ParsedFile file, int dataRows) {
        assertThat(file.rows().size()).isLessThanOrEqualTo(dataRows);
        for (ImportProblem problem : file.problems()) {
            assertThat(problem.messageKey()).startsWith("import.");
            assertThat(problem.line()).isBetween(0, dataRows + 1);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> rows() {
        return text().list().ofMinSize(0).ofMaxSize(7).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> text() {
        return BadInput.text();
    }

    /** As a CSV cell: quoted, with quotes doubled. */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
