package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.annotation.Transactional;

/**
 * 所見 and まとめ on MariaDB: what the schema refuses whatever the application does, and a round trip
 * through the services with text beyond the Basic Multilingual Plane. Each test is rolled back.
 */
@IntegrationTest
@Transactional
class FindingsIT {

    private static final int FISCAL_YEAR = 2082; // no other IT uses it
    private static final Timestamp NOW = Timestamp.from(Instant.parse("2082-06-01T00:00:00Z"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoundService rounds;
    @Autowired
    FindingService findings;
    @Autowired
    ConclusionsService conclusions;

    @Test
    void aFindingBelongsToAnExistingRoundAndRespondentType() {
        long round = insertRound();
        insertFinding(round, "SUPPORT_ROOM", 0, "所見。");
        assertThatThrownBy(() -> insertFinding(999_999, "SUPPORT_ROOM", 0, "所見。"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_finding_round");
        assertThatThrownBy(() -> insertFinding(round, "CITY_ADMIN", 0, "所見。"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_finding_respondent_type");
    }

    @Test
    void aFindingHasJapaneseTextAndAPlace() {
        long round = insertRound();
        assertThatThrownBy(() -> insertFinding(round, "WARD_OFFICE", 0, "  "))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_finding_text_ja");
        assertThatThrownBy(() -> insertFinding(round, "WARD_OFFICE", -1, "所見。"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_finding_position");
    }

    @Test
    void aRoundHasOneSummaryAndDirectionAtMost() {
        long round = insertRound();
        insertReport(round);
        assertThatThrownBy(() -> insertReport(round))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("uk_round_report_round");
    }

    @Test
    void curatedFindingsAndTheSummaryKeepFourByteCharactersOnMariaDb() {
        SystemActor.run(() -> {
            RoundSummary round = rounds.create(FISCAL_YEAR, null);
            rounds.open(round.id(), LocalDate.of(2082, 12, 1));
            findings.add(FISCAL_YEAR, RespondentType.WARD_OFFICE,
                    findings.findings(FISCAL_YEAR, RespondentType.WARD_OFFICE).version(),
                    "𠮷野区との連携が進んでいる。", null);
            findings.add(FISCAL_YEAR, RespondentType.WARD_OFFICE,
                    findings.findings(FISCAL_YEAR, RespondentType.WARD_OFFICE).version(),
                    "二つ目。", "Second.");
            findings.move(FISCAL_YEAR, RespondentType.WARD_OFFICE,
                    findings.findings(FISCAL_YEAR, RespondentType.WARD_OFFICE).version(),
                    1, -1);
            conclusions.save(new Conclusions(FISCAL_YEAR, "・𠮷野区\n・二行目", null, "＃方向性", null,
                    "𠮷".repeat(ConclusionsService.MAX_LABEL_LENGTH)));
        });

        Findings stored = SystemActor.call(() -> findings.findings(FISCAL_YEAR, RespondentType.WARD_OFFICE));
        assertThat(stored.curated()).isTrue();
        assertThat(stored.lines()).extracting(FindingSummary::textJa).containsExactly("二つ目。", "𠮷野区との連携が進んでいる。");
        assertThat(SystemActor.call(() -> conclusions.conclusions(FISCAL_YEAR)).orElseThrow().summaryJa())
                .isEqualTo("・𠮷野区\n・二行目");
        // the 資料番号's column (changelog 040) holds 20 characters beyond the BMP
        assertThat(SystemActor.call(() -> conclusions.conclusions(FISCAL_YEAR)).orElseThrow().documentLabel())
                .isEqualTo("𠮷".repeat(ConclusionsService.MAX_LABEL_LENGTH));
        assertThat(jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                + " where table_schema = database() and table_name = 'round_report' and column_name = 'document_label'",
                Integer.class)).isEqualTo(ConclusionsService.MAX_LABEL_LENGTH);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'FINDING%' and target = ?",
                Integer.class, FISCAL_YEAR + " ward-office")).isEqualTo(3);
    }

    private long insertRound() {
        return insert("survey_round", Map.of("fiscal_year", FISCAL_YEAR, "status", "OPEN", "created_at", NOW));
    }

    private void insertFinding(long round, String type, int position, String text) {
        Map<String, Object> row = new HashMap<>(Map.of("round_id", round, "respondent_type", type, "position", position,
                "text_ja", text, "updated_by", "it", "updated_at", NOW));
        insert("finding", row);
    }

    private void insertReport(long round) {
        insert("round_report", Map.of("round_id", round, "summary_ja", "まとめ", "direction_ja", "方向性",
                "updated_by", "it", "updated_at", NOW));
    }

    private long insert(String table, Map<String, ?> row) {
        @Nullable Number key = new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new)).executeAndReturnKey(row);
        return key.longValue();
    }
}
