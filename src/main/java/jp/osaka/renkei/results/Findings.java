package jp.osaka.renkei.results;

import java.util.List;

import jp.osaka.renkei.survey.RespondentType;

/**
 * 所見 of one instrument in one round, as the signed-in user may see them.
 *
 * @param curated an administrator has edited them (else they are the generated ones)
 */
public record Findings(int fiscalYear, RespondentType type, boolean curated, List<FindingSummary> lines) {

    public Findings {
        lines = List.copyOf(lines);
    }

    static Findings none(int fiscalYear, RespondentType type) {
        return new Findings(fiscalYear, type, false, List.of());
    }
}
