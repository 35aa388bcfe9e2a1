package jp.osaka.renkei.results;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test data: a round's 所見 list back to what nobody has edited (generated findings, no version row). */
public final class FindingLists {

    private FindingLists() {
    }

    public static void untouched(FindingService findings, RoundService rounds, JdbcTemplate jdbc, int fiscalYear,
            RespondentType type) {
        SystemActor.run(() -> findings.reset(fiscalYear, type, findings.findings(fiscalYear, type).version()));
        long round = SystemActor.call(() -> rounds.findByFiscalYear(fiscalYear)).orElseThrow().id();
        jdbc.update("delete from finding_list where respondent_type = ? and round_id = ?", type.name(), round);
    }
}
