package jp.osaka.renkei.survey.transfer;

import java.util.List;

/**
 * Something wrong in an imported file, as a message key with its arguments.
 *
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param column the 1-based column, or 0 when the problem concerns the whole file or line
 */
public record ImportProblem(int line, int column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(0, 0, messageKey, List.of(arguments));
    }

    static ImportProblem at(int line, int column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column, messageKey, List.of(arguments));
    }
}
