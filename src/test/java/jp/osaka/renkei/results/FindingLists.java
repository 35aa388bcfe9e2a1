package jp.osaka.renkei.results;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RespondentType;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test data: a round's 所見 list back to what nobody has edited (generated findings, no version row). */
public final class FindingLists {

    private FindingLists() {
    }

    public static void untouched(FindingService findings, JdbcTemplate jdbc, int fiscalYear, RespondentType type) {
        SystemActor.run(() -> findings.reset(fiscalYear, type, findings.findings(fiscalYear, type).version()));
        jdbc.update("delete from finding_list where respondent_type = ? and round_id = "
                + "(select id from survey_round where fiscal_year = ?)", type.name(), fiscalYear);
    }
}
