package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.action.ActionFixture;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.goal.KpiForm;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.mail.MailHistoryFixture;
import jp.osaka.renkei.results.FacilityType;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.ReferenceSurveyService;
import jp.osaka.renkei.results.ResultsFixture;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pool renews its connections (Hikari retires each at max-lifetime, 30 min) while the database stays
 * open: then every save must still land, in every table with a CHECK constraint. H2 2.4.240 failed exactly
 * here ("Check constraint invalid", docs/operations.md). Used by {@link ConnectionRenewalTest} on the embedded
 * H2 and {@link ConnectionRenewalIT} on MariaDB.
 */
final class ConnectionRenewal {

    /** Every table with a CHECK constraint, each written below after the renewal. */
    static final Set<String> CHECKED_TABLES = Set.of("action", "app_user", "finding", "kpi", "mail_message",
            "reference_count", "survey_response", "survey_round", "ward_mailbox");

    private static final long KITA = 1;

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final SurveyFixture fixture;
    private final int fiscalYear;
    private long lastMailBefore;
    private @Nullable Long round;
    private @Nullable Ward kitaBefore;

    ConnectionRenewal(ApplicationContext context, int fiscalYear) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.fixture = new SurveyFixture(context.getBean(UserAccountService.class), context.getBean(RoundService.class),
                jdbc, context.getBean(Clock.class));
        this.fiscalYear = fiscalYear;
    }

    /** The tables that have a CHECK constraint in the schema the app runs on. */
    Set<String> tablesWithCheckConstraints() {
        return new TreeSet<>(jdbc.queryForList("""
                select lower(table_name) from information_schema.table_constraints
                where constraint_type = 'CHECK' and lower(table_schema) = lower(?)""", String.class, schema()));
    }

    /**
     * Closes every connection the pool holds, among them the one Liquibase created the schema on, and waits
     * until the database has seen each of them go, while the {@code keepOpen} connection (outside the pool)
     * keeps the database open as the pool's younger connections do in a running app.
     */
    void retireEveryPooledConnection(Connection keepOpen) throws SQLException, InterruptedException {
        HikariDataSource pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        Set<Long> before = sessionsOf(pool);
        assertThat(before).as("the pool's connections, seen by the database").isNotEmpty();
        pool.getHikariPoolMXBean().softEvictConnections();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (!intersect(before, sessions(keepOpen)).isEmpty()) {
            assertThat(Instant.now()).as("every old pooled connection closed within 30 s").isBefore(giveUp);
            Thread.sleep(50);
        }
    }

    /**
     * The database's session ids of every connection in the pool, by borrowing them all at once (other
     * contexts of the test JVM may have pools of their own on the same database).
     */
    private static Set<Long> sessionsOf(HikariDataSource pool) throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        try {
            for (int i = 0; i < pool.getHikariPoolMXBean().getTotalConnections(); i++) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                ids.add(sessionId(connection));
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return ids;
    }

    /** Saves through the app's services what users save, touching every table of {@link #CHECKED_TABLES}. */
    void saveEverything() {
        String ward = "renewal-ward-" + fiscalYear;
        String admin = "renewal-admin-" + fiscalYear;
        fixture.user(ward, Role.WARD_OFFICE, KITA);
        fixture.user(admin, Role.CITY_ADMIN, null);
        // 北区's mailboxes changed, then the round's 調査の開始 mails written to the outbox with the opening
        lastMailBefore = jdbc.queryForObject("select coalesce(max(id), 0) from mail_message", Long.class);
        WardService wards = context.getBean(WardService.class);
        kitaBefore = fixture.as(admin, () -> wards.findById(KITA).orElseThrow());
        fixture.as(admin, () -> wards.changeMailboxes(KITA, kitaBefore.getVersion(), mailbox(), null));
        round = fixture.openRound(fiscalYear).id();
        ResponseKey key = new ResponseKey(fiscalYear, KITA, RespondentType.WARD_OFFICE);

        AnswerSheet empty = fixture.as(ward, () -> context.getBean(ResponseService.class).sheet(key));
        AnswerSheet draft = fixture.as(ward, () -> context.getBean(ResponseService.class).saveDraft(key,
                answers(empty, 3), empty.version()));
        AnswerSheet submitted = fixture.as(ward, () -> context.getBean(ResponseService.class).submit(key,
                answers(draft, draft.lines().size()), draft.version()));
        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);

        ActionService actions = context.getBean(ActionService.class);
        long action = fixture.as(ward, () -> actions.create(new ActionInput("接続更新後の取組み", null, KITA,
                Set.of(1L), null, ward, LocalDate.of(2099, 3, 31), ActionStatus.PLANNED)));
        fixture.as(ward, () -> {
            actions.addNote(action, LocalDate.of(2099, 1, 6), "接続が入れ替わった後の進捗メモ");
            actions.update(action, actions.get(action).version(), new ActionInput("接続更新後の取組み", null, KITA,
                    Set.of(1L), null, ward, LocalDate.of(2099, 3, 31), ActionStatus.IN_PROGRESS));
            return null;
        });

        fixture.as(admin, () -> {
            FindingService findings = context.getBean(FindingService.class);
            findings.add(fiscalYear, RespondentType.WARD_OFFICE,
                    findings.findings(fiscalYear, RespondentType.WARD_OFFICE).version(), "接続更新後の所見", null);
            Map<FacilityType, Map<Level, Integer>> counts = new EnumMap<>(FacilityType.class);
            counts.put(FacilityType.HOSPITAL, Map.of(Level.VERY_WELL, 3, Level.WELL, 1));
            context.getBean(ReferenceSurveyService.class).save(fiscalYear, counts);
            KpiService kpis = context.getBean(KpiService.class);
            KpiResult kpi = kpis.all().getFirst();
            kpis.update(kpi.id(), kpi.version(), new KpiForm(kpi.name().ja() + "（確認）", kpi.name().en(),
                    kpi.definition()));
            KpiResult renamed = kpis.all().stream().filter(k -> k.id() == kpi.id()).findFirst().orElseThrow();
            kpis.update(kpi.id(), renamed.version(), new KpiForm(kpi.name().ja(), kpi.name().en(), kpi.definition()));
            return null;
        });
    }

    /** What {@link #saveEverything} stored, read back in plain SQL: one row per table it should have reached. */
    Map<String, Long> stored() {
        long round = jdbc.queryForObject("select id from survey_round where fiscal_year = ?", Long.class, fiscalYear);
        return Map.of(
                "submitted responses", count("select count(*) from survey_response where round_id = ? and status = 'SUBMITTED'", round),
                "actions in progress", count("select count(*) from action where owner = ? and status = 'IN_PROGRESS'", "renewal-ward-" + fiscalYear),
                "progress notes", count("select count(*) from action_note where action_id in (select id from action where owner = ?)", "renewal-ward-" + fiscalYear),
                "findings added", count("select count(*) from finding where round_id = ? and text_ja = '接続更新後の所見'", round),
                "reference counts", count("select count(*) from reference_count where round_id = ? and facilities = 3", round),
                "mails to 北区's mailbox", count("select count(*) from mail_message where recipient = ?", mailbox()));
    }

    /** Removes what {@link #saveEverything} wrote, for a context that other tests share. */
    void removeAll() {
        new ActionFixture(jdbc).removeOwnedBy("renewal-ward-" + fiscalYear);
        if (round != null) {
            new ResultsFixture(jdbc).removeAbout(round);
        }
        new MailHistoryFixture(context).removeAfter(lastMailBefore);
        if (kitaBefore != null) {
            Ward kita = kitaBefore;
            fixture.as("renewal-admin-" + fiscalYear, () -> {
                WardService wards = context.getBean(WardService.class);
                return wards.changeMailboxes(KITA, wards.findById(KITA).orElseThrow().getVersion(),
                        kita.mailbox(Role.WARD_OFFICE).orElse(null), kita.mailbox(Role.SUPPORT_ROOM).orElse(null));
            });
        }
        fixture.removeAll();
    }

    private String mailbox() {
        return "renewal-" + fiscalYear + "@example.org";
    }

    private long count(String sql, Object argument) {
        return jdbc.queryForObject(sql, Long.class, argument);
    }

    /** The database (MariaDB) or schema (H2) that the app's tables are in. */
    private String schema() {
        return jdbc.execute((Connection c) -> isMySql(c) ? c.getCatalog() : c.getSchema());
    }

    private static boolean isMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
        return product.contains("mysql") || product.contains("mariadb");
    }

    private static Set<Long> sessions(Connection connection) throws SQLException {
        String sql = isMySql(connection)
                ? "select id from information_schema.processlist where db = database()"
                : "select session_id from information_schema.sessions";
        Set<Long> ids = new HashSet<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long sessionId(Connection connection) throws SQLException {
        String sql = isMySql(connection) ? "select connection_id()" : "select session_id()";
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<Long> intersect(Set<Long> a, Set<Long> b) {
        Set<Long> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static List<AnswerInput> answers(AnswerSheet sheet, int count) {
        return sheet.lines().stream().limit(count).map(line -> new AnswerInput(line.itemId(), Level.WELL, null)).toList();
    }
}
