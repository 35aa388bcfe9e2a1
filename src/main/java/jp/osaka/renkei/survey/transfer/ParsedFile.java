package jp.osaka.renkei.survey.transfer;

import java.util.List;

/**
 * What a file held: its good rows and its problems. When a problem stops the reading (size, format,
 * header, too many rows) there are no rows; otherwise the rows are those without a problem.
 */
public record ParsedFile(List<AnswerRow> rows, List<ImportProblem> problems) {

    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ParsedFile refused(ImportProblem problem) {
        return new ParsedFile(List.of(), List.of(problem));
    }
}
