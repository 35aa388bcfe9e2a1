package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** 医療施設等アンケート on MariaDB: entered by administrators, read by all once published, guarded by the schema. */
@IntegrationTest
class ReferenceSurveyIT {

    private static final int YEAR = 2085; // no other IT uses it

    @Autowired
    private ReferenceSurveyService reference;
    @Autowired
    private RoundService rounds;
    @Autowired
    private JdbcTemplate jdbc;
    private SurveyFixture fixture;
    private long round;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.user("reference-viewer", Role.VIEWER, null);
        round = fixture.pastRound(YEAR).id();
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        new ResultsFixture(jdbc).removeAbout(round);
        fixture.removeAll();
    }

    @Test
    void administratorsEnterCountsThatReplaceTheEarlierOnesAndEveryoneReadsThemOncePublished() {
        SystemActor.run(() -> reference.save(YEAR, Map.of(FacilityType.HOSPITAL, Map.of(Level.VERY_WELL, 7))));
        ReferenceSurvey saved = SystemActor.call(() -> reference.save(YEAR, Map.of(
                FacilityType.HOSPITAL, Map.of(Level.VERY_WELL, 18, Level.WELL, 52),
                FacilityType.HOME_NURSING_STATION, Map.of(Level.NOT_WELL, 3))));

        assertThat(saved.byType().get(FacilityType.HOSPITAL).count(Level.VERY_WELL)).isEqualTo(18);
        assertThat(saved.total().answered()).isEqualTo(73);
        assertThat(saved.byType().get(FacilityType.HOME_CARE_CLINIC).answered()).isZero();
        assertThatThrownBy(() -> fixture.as("reference-viewer", () -> reference.counts(YEAR)))
                .isInstanceOf(DomainException.class);

        SystemActor.run(() -> rounds.publish(rounds.findByFiscalYear(YEAR).orElseThrow().id()));
        assertThat(fixture.as("reference-viewer", () -> reference.counts(YEAR)).total().count(Level.WELL)).isEqualTo(52);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REFERENCE_COUNTS_SAVED'"
                + " and target = ?", Integer.class, Integer.toString(YEAR))).isEqualTo(2);
    }

    @Test
    void onlyAdministratorsEnterCountsAndNeverNegativeOnes() {
        assertThatThrownBy(() -> fixture.as("reference-viewer",
                () -> reference.save(YEAR, Map.of(FacilityType.HOSPITAL, Map.of(Level.WELL, 1)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemActor.call(
                () -> reference.save(YEAR, Map.of(FacilityType.HOSPITAL, Map.of(Level.WELL, -1)))))
                .isInstanceOf(DomainException.class);
        long round = jdbc.queryForObject("select id from survey_round where fiscal_year = ?", Long.class, YEAR);
        assertThatThrownBy(() -> jdbc.update("insert into reference_count (round_id, facility_type, level, facilities)"
                + " values (?, 'SCHOOL', 'WELL', 1)", round)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into reference_count (round_id, facility_type, level, facilities)"
                + " values (?, 'HOSPITAL', 'WELL', -5)", round)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
