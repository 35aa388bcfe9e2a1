package jp.osaka.renkei.survey;

import java.util.List;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.transfer.ImportProblem;

/**
 * What an import would do, before it does it: one line per response to be created or replaced (or
 * left as it is), every problem found, with its line and column in the file, and every warning (what the
 * import passes over, such as a column it does not know; a warning does not stop the import).
 */
public record ImportPreview(List<Response> responses, List<ImportProblem> problems, List<ImportProblem> warnings) {

    public ImportPreview(List<Response> responses, List<ImportProblem> problems) {
        this(responses, problems, List.of());
    }

    /** What happens to one response. */
    public enum Outcome { CREATE, REPLACE, UNCHANGED }

    /** One ward's response of one respondent type in the file. */
    public record Response(int fiscalYear, LocalizedText ward, RespondentType type, int ratings, Outcome outcome) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long count(Outcome outcome) {
        return responses.stream().filter(r -> r.outcome() == outcome).count();
    }
}
