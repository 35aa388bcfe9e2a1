package jp.osaka.renkei.results;

import java.util.List;

import jp.osaka.renkei.survey.RespondentType;

/**
 * 所見 of one instrument in one round, as the signed-in user may see them.
 *
 * @param curated an administrator has edited them (else they are the generated ones)
 * @param version the list's version as read: an administrator's edit sends it back (optimistic locking)
 */
public record Findings(int fiscalYear, RespondentType type, boolean curated, long version,
        List<FindingSummary> lines) {

    public Findings {
        lines = List.copyOf(lines);
    }

    static Findings none(int fiscalYear, RespondentType type) {
        return new Findings(fiscalYear, type, false, 0, List.of());
    }
}
