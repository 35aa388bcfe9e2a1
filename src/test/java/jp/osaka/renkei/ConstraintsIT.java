package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules the database itself enforces, whatever the application does: each test writes with
 * plain SQL a row the schema must refuse (and, beside it, one it must accept), in a transaction that
 * is rolled back afterwards.
 */
@IntegrationTest
@Transactional
class ConstraintsIT {

    private static final int FISCAL_YEAR = 2081; // no other IT uses it
    private static final long KITA = 1;
    private static final Timestamp NOW = Timestamp.from(Instant.parse("2081-06-01T00:00:00Z"));

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void twoWardsCannotShareACode() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into ward (id, code, name_ja, name_en, slug, sort_order)
                values (99, '271276', '試験区', 'Test', 'test', 99)"""))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("uk_ward_code");
    }

    @Test
    void aFiscalYearHasOneRoundOnly() {
        insertRound();
        assertThatThrownBy(this::insertRound)
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("uk_survey_round_fiscal_year");
    }

    @Test
    void aWardHasOneResponsePerRespondentTypeInARound() {
        long round = insertRound();
        insertResponse(round, KITA, "WARD_OFFICE", "DRAFT", null);
        insertResponse(round, KITA, "SUPPORT_ROOM", "DRAFT", null);
        assertThatThrownBy(() -> insertResponse(round, KITA, "WARD_OFFICE", "DRAFT", null))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("uk_survey_response_round_ward_type");
    }

    @Test
    void aRatingMustUseOneOfTheFiveLevels() {
        long round = insertRound();
        long instrument = insert("instrument", Map.of("round_id", round, "respondent_type", "WARD_OFFICE"));
        long item = insert("instrument_item",
                Map.of("instrument_id", instrument, "partner_id", 1, "item_no", 1, "position", 1, "retired", false));
        long response = insertResponse(round, KITA, "WARD_OFFICE", "DRAFT", null);
        assertThatThrownBy(() -> insertRating(response, item, "EXCELLENT"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_rating_level");
        insertRating(response, item, "WELL");
    }

    @Test
    void aResponseMustBelongToAnExistingWard() {
        long round = insertRound();
        assertThatThrownBy(() -> insertResponse(round, 99, "WARD_OFFICE", "DRAFT", null))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("fk_survey_response_ward");
    }

    @Test
    void aWardOfficeUserMustHaveAWard() {
        insertUser("it-ward-ok", "WARD_OFFICE", KITA);
        assertThatThrownBy(() -> insertUser("it-ward-none", "WARD_OFFICE", null))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_app_user_ward");
    }

    @Test
    void anAdministratorMustNotHaveAWard() {
        insertUser("it-admin-ok", "CITY_ADMIN", null);
        assertThatThrownBy(() -> insertUser("it-admin-ward", "CITY_ADMIN", KITA))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_app_user_ward");
    }

    @Test
    void aSubmittedResponseMustSayWhenItWasSubmitted() {
        long round = insertRound();
        insertResponse(round, KITA, "WARD_OFFICE", "SUBMITTED", NOW);
        assertThatThrownBy(() -> insertResponse(round, KITA, "SUPPORT_ROOM", "SUBMITTED", null))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_survey_response_submitted");
    }

    private long insertRound() {
        return insert("survey_round", Map.of("fiscal_year", FISCAL_YEAR, "status", "OPEN", "created_at", NOW));
    }

    private long insertResponse(long round, long ward, String type, String status, @Nullable Timestamp submittedAt) {
        Map<String, Object> row = new HashMap<>(Map.of("round_id", round, "ward_id", ward, "respondent_type", type,
                "status", status, "updated_by", "it", "updated_at", NOW));
        row.put("submitted_by", status.equals("SUBMITTED") ? "it" : null);
        row.put("submitted_at", submittedAt);
        return insert("survey_response", row);
    }

    private void insertRating(long response, long item, String level) {
        insert("rating", Map.of("response_id", response, "item_id", item, "level", level));
    }

    private void insertUser(String username, String role, @Nullable Long ward) {
        Map<String, Object> row = new HashMap<>(Map.of("username", username, "password_hash", "{noop}x",
                "display_name", username, "role", role, "created_at", NOW));
        row.put("ward_id", ward);
        insert("app_user", row);
    }

    /** Inserts a row and returns its generated id; a refused row throws the translated exception. */
    private long insert(String table, Map<String, ?> row) {
        SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new));
        return insert.executeAndReturnKey(row).longValue();
    }
}
