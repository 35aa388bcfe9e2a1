package jp.osaka.renkei.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jp.osaka.renkei.IntegrationTestDatabase;
import jp.osaka.renkei.IntegrationTestServer;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserFixture;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The CI smoke version of the load test: three simulated users (two ward users, one administrator) against
 * the app on a random port and MariaDB complete the scenario without an error, and the database holds each
 * submitted answer exactly once. No timing is asserted.
 */
@ExtendWith(IntegrationTestServer.Required.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = IntegrationTestDatabase.class)
class LoadClientIT {

    private static final String PASSWORD = "load-smoke: seven quiet herons 5d1e";
    private static final String[] USERS = { "ward-0001", "room-0001", "scale-admin" };

    @LocalServerPort
    private int port;
    @Autowired
    private UserAccountService accounts;
    @Autowired
    private RoundService rounds;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private Environment environment;

    private SurveyFixture fixture;

    @AfterEach
    void removeWhatTheTestMade() {
        fixture.removeAll();
        new UserFixture(jdbc).remove(List.of(USERS));
    }

    @Test
    void threeSimulatedUsersCompleteTheScenarioAndEverySubmittedAnswerIsSavedOnce() throws Exception {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.openRound(2091);
        SystemActor.run(() -> {
            accounts.create(USERS[0], "区役所", Role.WARD_OFFICE, 1L, PASSWORD);
            accounts.create(USERS[1], "相談支援室", Role.SUPPORT_ROOM, 1L, PASSWORD);
            accounts.create(USERS[2], "局担当者", Role.CITY_ADMIN, null, PASSWORD);
        });

        LoadRun.Result result = new LoadRun(LoadSettings.parse("--base=http://localhost:" + port, "--users=3",
                "--password=" + PASSWORD, "--ramp=1", "--page-think=50-100", "--action-think=10-50", "--hold=0",
                "--db-url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--db-user=" + environment.getRequiredProperty("spring.datasource.username"),
                "--db-password=" + environment.getProperty("spring.datasource.password", ""),
                "--out=" + Path.of("target", "load-smoke"))).run();

        assertThat(result.recorder().firstErrors()).isEmpty();
        assertThat(result.signedIn()).isEqualTo(3);
        assertThat(result.saved().problems()).isEmpty();
        assertThat(result.saved().savedExactlyOnce()).isEqualTo(2);
        // and straight from the database: two submitted responses of the round, twelve ratings each
        assertThat(jdbc.queryForList("""
                select concat(r.respondent_type, ' ', r.status, ' ', count(a.id)) from survey_response r
                join survey_round o on o.id = r.round_id left join rating a on a.response_id = r.id
                where o.fiscal_year = 2091 group by r.id, r.respondent_type, r.status order by r.respondent_type""",
                String.class)).containsExactly("SUPPORT_ROOM SUBMITTED 12", "WARD_OFFICE SUBMITTED 12");
    }
}
