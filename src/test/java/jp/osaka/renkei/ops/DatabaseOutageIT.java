package jp.osaka.renkei.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jp.osaka.renkei.MariaDbPrograms;
import jp.osaka.renkei.OwnMariaDb;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DatabaseErrors;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;

import liquibase.integration.spring.SpringLiquibase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database going away while the app is in use, on a MariaDB server of this test's own: frozen
 * (SIGSTOP, a server that hangs) and killed (SIGKILL, a crash) while writers save answers and a ward
 * user works in 回答入力. Users get a clear message within seconds, readiness goes DOWN and comes back,
 * the app recovers without a restart, and no acknowledged save is lost or stored twice. The health
 * endpoint is asked through the security filters as a load balancer asks it, without a session (MockMvc:
 * a server on a port would cost the test most of its time in Vaadin's start; {@code CrashRecoveryIT}
 * asks a real one over HTTP).
 */
@MariaDbPrograms.Needs({"mariadbd", "mariadb-install-db"})
@SpringBootTest
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = DatabaseOutageIT.OwnServer.class)
@DirtiesContext
class DatabaseOutageIT extends SpringBrowserlessTest {

    /** At most Hikari's connection-timeout (5 s) or a read's socketTimeout (10 s), with slack for busy cores. */
    private static final long MESSAGE_WITHIN_MILLIS = 15_000;
    private static final String UI_USER = "outage-ward";
    private static final long NISHINARI = 24;

    private static OwnMariaDb db;

    /** Starts the server before the app, which then creates its schema there. */
    static final class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            db = OwnMariaDb.start();
            db.createDatabase("renkei");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownMariaDb", Map.of(
                    "spring.datasource.url", db.url("renkei"),
                    "spring.datasource.username", "root",
                    "spring.datasource.password", "",
                    "renkei.scheduling.enabled", "false")));
        }
    }

    @Autowired
    ResponseService responses;
    @Autowired
    RoundService rounds;
    @Autowired
    ResultsService results;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private MockMvc mvc;

    @BeforeEach
    void anonymousHttp(@Autowired WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterAll
    static void stopTheServer() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void aWardUserForTheForm(@Autowired UserAccountService accounts) {
        if (jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, UI_USER) == 0) {
            SystemActor.run(() -> accounts.create(UI_USER, UI_USER, Role.WARD_OFFICE, NISHINARI, "it-password-outage"));
        }
    }

    @Test
    @WithUserDetails(value = UI_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void whileTheDatabaseHangsUsersAreToldWithinSecondsKeepTheirInputAndTheAppRecoversWithoutARestart()
            throws Exception {
        int year = 2061;
        ServiceApp.openRound(rounds, year);
        AnswerWriters writers = new AnswerWriters(new ServiceApp(responses, year), year, true, 100);
        writers.start(List.of(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L), List.of(9L, 10L, 11L, 12L)));
        UI.getCurrent().navigate("responses/" + year + "/271225/ward-office");
        answer(1, "とても連携できている", "止まる前の入力");
        assertThat(clickSave()).isEqualTo("下書きを保存しました。");

        db.freeze();
        try {
            answer(2, "連携できている", "止まっている間の入力");
            long started = System.nanoTime();
            String message = clickSave();
            long waited = (System.nanoTime() - started) / 1_000_000;

            assertThat(message).isEqualTo(
                    "データベースに接続できません。入力内容は画面に残っていますので、しばらくしてからもう一度お試しください。");
            System.out.printf("DatabaseOutageIT: the frozen database's message after %d ms%n", waited);
            assertThat(waited).as("ms until the message").isLessThan(MESSAGE_WITHIN_MILLIS);
            assertThat(level(2).getValue()).as("the input stays on screen").isEqualTo(Level.WELL);
            assertThat(comment(2).getValue()).isEqualTo("止まっている間の入力");
            assertThat(level(1).getValue()).isEqualTo(Level.VERY_WELL);
            assertHealth("/actuator/health/readiness", 503, "DOWN");
            assertHealth("/actuator/health/liveness", 200, "UP");
            OwnMariaDb.sleep(2000); // the writers keep trying during the outage
        } finally {
            db.thaw();
        }
        awaitReadiness();
        assertThat(clickSave()).as("the same input saved once the database is back").isEqualTo("下書きを保存しました。");
        assertThat(jdbc.queryForObject("select count(*) from answer_change where new_value = ?", Integer.class,
                "止まっている間の入力")).isEqualTo(1);

        writers.join();
        assertWritersSawOnlyOutagesAndLostNothing(writers, year);
    }

    @Test
    @WithUserDetails(value = UI_USER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void whenTheDatabaseCrashesAndComesBackTheAppCarriesOnAndEveryAcknowledgedSaveIsStoredOnce() throws Exception {
        int year = 2062;
        ServiceApp.openRound(rounds, year);
        AnswerWriters writers = new AnswerWriters(new ServiceApp(responses, year), year, true, 50);
        writers.start(List.of(List.of(13L, 14L, 15L, 16L), List.of(17L, 18L, 19L, 20L), List.of(21L, 22L, 23L)));
        while (writers.acknowledgedSaves() < 10) {
            OwnMariaDb.sleep(50);
        }

        db.crash();
        try {
            UI.getCurrent().navigate("responses/" + year + "/271225/ward-office");
            assertThat(find(H1.class).withId("error-title").single().getText()).as("a page that cannot open")
                    .isEqualTo("データベースに接続できません");
            assertHealth("/actuator/health/readiness", 503, "DOWN");
        } finally {
            db.restart();
        }
        awaitReadiness();

        writers.join();
        assertThat(writers.submittedWards()).as("every writer finished after the restart").isEqualTo(11);
        assertWritersSawOnlyOutagesAndLostNothing(writers, year);
    }

    /** Liquibase's connection is not the pool's, so that a long schema change is not cut by socketTimeout. */
    @Test
    void thePoolsConnectionsCarryTheTimeoutsOfTheMysqlProfileAndLiquibaseHasItsOwnConnection(
            @Autowired SpringLiquibase liquibase) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getNetworkTimeout()).as("socketTimeout").isEqualTo(10_000);
            assertThat(driverProperty(connection, "connectTimeout")).isEqualTo(3000);
        }
        assertThat(liquibase.getDataSource()).isNotSameAs(dataSource).isNotInstanceOf(HikariDataSource.class);
        try (Connection connection = liquibase.getDataSource().getConnection()) {
            assertThat(connection.getNetworkTimeout()).as("Liquibase's socketTimeout").isZero();
            assertThat(connection.getCatalog()).isEqualTo("renkei");
        }
    }

    private void assertWritersSawOnlyOutagesAndLostNothing(AnswerWriters writers, int year) throws Exception {
        System.out.printf("DatabaseOutageIT: %d saves acknowledged, %d failed, the longest failure after %d ms%n",
                writers.acknowledgedSaves(), writers.failures().size(),
                writers.failures().stream().mapToLong(AnswerWriters.Failure::millis).max().orElse(0));
        assertThat(writers.failures()).as("the outage reached the writers").isNotEmpty().allSatisfy(failure -> {
            assertThat(DatabaseErrors.unreachable(failure.error())).as(causes(failure.error())).isTrue();
            assertThat(failure.millis()).as("ms until the failure").isLessThan(MESSAGE_WITHIN_MILLIS);
        });
        try (Connection connection = db.connect("renkei")) {
            writers.assertStoredExactlyOnce(connection);
            assertThat(ServiceApp.shownCounts(results, year)).as("集計結果 counts what is stored")
                    .isEqualTo(writers.storedCounts(connection)).isNotEmpty();
        }
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still in use").isZero();
        assertThat(pool.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
    }

    private static String causes(Throwable error) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            chain.append(cause).append(cause instanceof java.sql.SQLException sql ? " [" + sql.getSQLState() + "]" : "")
                    .append(" <- ");
        }
        return chain.toString();
    }

    private void answer(int itemNo, String level, String text) {
        test(level(itemNo)).selectItem(level);
        test(comment(itemNo)).setValue(text);
    }

    /**
     * Clicks 下書き保存 and returns the notification it leads to. Browserless hands an exception of the
     * click to the caller; a real server hands it to the session's error handler, as here.
     */
    private String clickSave() {
        find(Notification.class).all().forEach(Notification::close);
        try {
            test(find(Button.class).withId("save-draft").single()).click();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        roundTrip();
        List<Notification> shown = find(Notification.class).all();
        assertThat(shown).hasSize(1);
        return test(shown.getFirst()).getText();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Level> level(int itemNo) {
        return find(RadioButtonGroup.class).withId("item-" + itemNo).single();
    }

    private TextField comment(int itemNo) {
        return find(TextField.class).withId("comment-" + itemNo).single();
    }

    private void assertHealth(String path, int status, String text) throws Exception {
        MockHttpServletResponse response = health(path);
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        assertThat(response.getContentAsString()).as(path).contains("\"status\":\"" + text + "\"")
                .doesNotContain("components", "details", "db", "Communications");
    }

    private void awaitReadiness() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (health("/actuator/health/readiness").getStatus() != 200) {
            assertThat(System.nanoTime()).as("ready again within 30 s").isLessThan(deadline);
            OwnMariaDb.sleep(200);
        }
    }

    /** Anonymous, as a load balancer asks; the filters clear this thread's security context, so it is put back. */
    private MockHttpServletResponse health(String path) throws Exception {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    /** A property of Connector/J's connection (the driver is only on the runtime classpath, hence reflection). */
    private static Object driverProperty(Connection connection, String name) throws Exception {
        Object mysql = connection.unwrap(Class.forName("com.mysql.cj.jdbc.JdbcConnection"));
        Object propertySet = mysql.getClass().getMethod("getPropertySet").invoke(mysql);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object key = Enum.valueOf((Class) Class.forName("com.mysql.cj.conf.PropertyKey"), name);
        Object property = propertySet.getClass().getMethod("getIntegerProperty", key.getClass())
                .invoke(propertySet, key);
        return property.getClass().getMethod("getValue").invoke(property);
    }
}
