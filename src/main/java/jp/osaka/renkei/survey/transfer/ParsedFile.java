package jp.osaka.renkei.survey.transfer;

import java.util.List;

/**
 * What a file held: its good rows and its problems. When a problem stops the reading (size, format,
 * header, too many rows) there are no rows; otherwise the rows are those without a problem.
 *
 * @param columns where each column of {@link AnswerFileReader#HEADER} stands in the file (1-based, 0 when
 *        absent), so that a problem found later, against the database, can name its column too
 * @param warnings what the reader passed over but the user should know (a column it does not know); no
 *        warning stops an import
 */
public record ParsedFile(List<AnswerRow> rows, List<ImportProblem> problems, List<Integer> columns,
        List<ImportProblem> warnings) {

    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        columns = List.copyOf(columns);
        warnings = List.copyOf(warnings);
    }

    public ParsedFile(List<AnswerRow> rows, List<ImportProblem> problems, List<Integer> columns) {
        this(rows, problems, columns, List.of());
    }

    ParsedFile(List<AnswerRow> rows, List<ImportProblem> problems) {
        this(rows, problems, List.of());
    }

    /** The 1-based column of the file that holds the header's column {@code headerIndex}, or 0. */
    public int column(int headerIndex) {
        return headerIndex < columns.size() ? columns.get(headerIndex) : 0;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ParsedFile refused(ImportProblem problem) {
        return new ParsedFile(List.of(), List.of(problem));
    }
}
