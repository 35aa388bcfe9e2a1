package jp.osaka.renkei.survey.transfer;

import org.jspecify.annotations.Nullable;

/** Thrown by a source that cannot go on reading; the reader turns it into its one problem. */
final class UnreadableFileException extends RuntimeException {

    private final transient ImportProblem problem;

    UnreadableFileException(ImportProblem problem, @Nullable Throwable cause) {
        super(problem.messageKey(), cause);
        this.problem = problem;
    }

    ImportProblem problem() {
        return problem;
    }
}
