package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.ward.LocalGovernmentCode;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** What a new installation on MariaDB gets from the Liquibase changelogs and the first start. */
@IntegrationTest
class SchemaIT {

    private static final List<String> TABLES = List.of("ward", "partner", "respondent_type", "answer_level",
            "survey_round", "instrument", "instrument_item", "survey_response", "rating", "answer_change", "app_user",
            "reminder", "audit_entry", "finding", "round_report", "reference_count",
            "goal", "action", "action_partner", "action_note", "action_change", "kpi", "kpi_partner", "kpi_level",
            "job_lock", "report_comment", "ward_mailbox", "mail_message", "finding_list",
            "user_session", "session_stamp");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void liquibaseBuiltTheSchemaInAnEmptyDatabaseOfItsOwn() {
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(IntegrationTestDatabase.NAME);
        assertThat(jdbc.queryForList("""
                select lower(table_name) from information_schema.tables where table_schema = database()""",
                String.class)).containsAll(TABLES).contains("databasechangelog", "databasechangeloglock");
        assertThat(jdbc.queryForList("select id from DATABASECHANGELOG", String.class))
                .contains("001-answer-level-data", "002-ward-data", "003-partner-data",
                        "004-survey-response-constraints", "005-app-user-checks")
                .doesNotContain("003-partner-identity-restart"); // H2 only
    }

    @Test
    void everyTableIsInnoDbInUtf8mb4() {
        List<Map<String, Object>> tables = jdbc.queryForList("""
                select table_name, engine, table_collation from information_schema.tables
                where table_schema = database()""");
        assertThat(tables).hasSize(TABLES.size() + 2).allSatisfy(table -> assertThat(table)
                .containsEntry("engine", "InnoDB").containsEntry("table_collation", "utf8mb4_unicode_ci"));
        assertThat(jdbc.queryForList("""
                select distinct character_set_name from information_schema.columns
                where table_schema = database() and character_set_name is not null""", String.class))
                .containsExactly("utf8mb4");
    }

    @Test
    void theTwentyFourWardsAreThereInTheCitysOrder() {
        List<Map<String, Object>> wards = jdbc.queryForList("select code, name_ja from ward order by sort_order");
        assertThat(wards).hasSize(24);
        assertThat(wards.getFirst()).containsEntry("code", "271276").containsEntry("name_ja", "北区");
        assertThat(wards.getLast()).containsEntry("code", "271225").containsEntry("name_ja", "西成区");
        assertThat(wards).extracting(ward -> (String) ward.get("code"))
                .doesNotHaveDuplicates().allMatch(LocalGovernmentCode::isValid);
    }

    @Test
    void theApplicationReadsTheWardsInTheSameOrder(@Autowired WardService wardService) {
        List<Ward> wards = SystemActor.call(wardService::findAll);
        assertThat(wards).extracting(Ward::getNameJa).hasSize(24).startsWith("北区").endsWith("西成区");
    }

    @Test
    void partnersRespondentTypesAndLevelsAreThere() {
        assertThat(jdbc.queryForObject("select count(*) from partner", Integer.class)).isEqualTo(13);
        assertThat(jdbc.queryForList("select code from respondent_type order by sort_order", String.class))
                .containsExactly("WARD_OFFICE", "SUPPORT_ROOM");
        assertThat(jdbc.queryForList("select code from answer_level order by sort_order", String.class))
                .containsExactlyElementsOf(Arrays.stream(Level.values()).map(Level::name).toList());
        assertThat(jdbc.queryForList("select code from answer_level where not is_score", String.class))
                .containsExactly(Level.NO_ORGANISATION.name());
    }

    @Test
    void japaneseTextComesBackExactly() {
        assertThat(jdbc.queryForObject("select name_ja from partner where code = 'BRANCH_CONSULTATION'",
                String.class)).isEqualTo("総合相談窓口（ブランチ）");
    }

    @Test
    @Transactional // rolled back
    void charactersOutsideTheBasicPlaneAreStoredToo() {
        String name = "𠮷野 在宅医療連携室 🏥"; // 𠮷 and 🏥 need four bytes: utf8mb3 would refuse them
        jdbc.update("update partner set name_ja = ? where code = 'BRANCH_CONSULTATION'", name);
        assertThat(jdbc.queryForObject("select name_ja from partner where code = 'BRANCH_CONSULTATION'",
                String.class)).isEqualTo(name);
    }

    @Test
    void aRealDatabaseStartsWithTheFirstAdministratorAndNoSurveyData(@Autowired PasswordEncoder passwords) {
        assertThat(jdbc.queryForObject("select count(*) from survey_round", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select username, role, ward_id, password_hash from app_user"))
                .singleElement().satisfies(admin -> {
                    assertThat(admin).containsEntry("username", IntegrationTestDatabase.ADMIN_USERNAME)
                            .containsEntry("role", "CITY_ADMIN").containsEntry("ward_id", null);
                    assertThat(passwords.matches(IntegrationTestDatabase.ADMIN_PASSWORD,
                            (String) admin.get("password_hash"))).isTrue();
                });
    }

    @Test
    void hibernateValidatedItsMappingsAgainstTheSchema(@Autowired EntityManagerFactory entityManagerFactory) {
        // The context started, so validation passed; make sure it was validation that ran.
        assertThat(entityManagerFactory.getProperties()).containsEntry("hibernate.hbm2ddl.auto", "validate");
        assertThat(entityManagerFactory.getMetamodel().getEntities()).extracting(EntityType::getName)
                .contains("AppUser", "Ward", "Partner", "Round", "Instrument", "InstrumentItem", "Response",
                        "Rating", "AnswerChange");
    }
}
