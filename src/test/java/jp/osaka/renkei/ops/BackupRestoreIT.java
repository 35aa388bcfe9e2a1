package jp.osaka.renkei.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.IntegrationTestServer;
import jp.osaka.renkei.MariaDbPrograms;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * docs/operations.md's backup and restore, done as written: mysqldump of the app's database after it
 * has been filled through the app's services, the dump read into a fresh database with the mariadb
 * client, and the two compared table by table (rows and CHECKSUM TABLE); Liquibase finds nothing to do
 * on the restored database, so the app starts on it as it is.
 */
@IntegrationTest
@MariaDbPrograms.Needs({"mysqldump", "mariadb"})
class BackupRestoreIT {

    private static final int YEAR = 2094; // no other IT uses it
    private static final String RESTORED = "renkei_restored_" + Long.toHexString(System.nanoTime());

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    private SurveyFixture fixture;

    @AfterEach
    void removeWhatTheTestWrote() {
        jdbc.execute("DROP DATABASE IF EXISTS " + RESTORED);
        if (fixture != null) {
            fixture.removeAll();
        }
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsTheSameDataAndNeedsNoSchemaChange(@Autowired UserAccountService accounts,
            @Autowired RoundService rounds, @Autowired ResponseService responses, @Autowired Clock clock)
            throws Exception {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.openRound(YEAR);
        AnswerWriters writers = new AnswerWriters(new ServiceApp(responses, YEAR), YEAR, false, 0);
        writers.start(List.of(List.of(1L, 2L), List.of(3L)));
        writers.join();
        assertThat(writers.submittedWards()).isEqualTo(3);
        String database = jdbc.queryForObject("select database()", String.class);
        Path dump = Path.of("target", "backup-it.sql");

        run("mysqldump", List.of("--single-transaction", "--routines", "--triggers", "--hex-blob", "--no-tablespaces",
                "--default-character-set=utf8mb4", database), null, dump);
        jdbc.execute("CREATE DATABASE " + RESTORED + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        run("mariadb", List.of("--default-character-set=utf8mb4", RESTORED), dump, null);

        Map<String, String> original = tables(database);
        assertThat(original).containsKeys("survey_response", "rating", "answer_change", "app_user", "audit_entry");
        assertThat(tables(RESTORED)).isEqualTo(original);
        try (Connection restored = DriverManager.getConnection(restoredUrl(), user(), password())) {
            Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
                    new ClassLoaderResourceAccessor(), new JdbcConnection(restored));
            assertThat(liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression())).isEmpty();
        }
    }

    /** Each table of the database with its row count and CHECKSUM TABLE. */
    private Map<String, String> tables(String database) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = ? and table_type = 'BASE TABLE'", String.class, database)) {
            String name = database + "." + table;
            Long rows = jdbc.queryForObject("select count(*) from " + name, Long.class);
            Long checksum = jdbc.queryForObject("CHECKSUM TABLE " + name, (row, i) -> row.getLong(2));
            tables.put(table, rows + " rows, checksum " + checksum);
        }
        return tables;
    }

    /** Runs a MariaDB command-line tool against the test server, as an operator would. */
    private void run(String tool, List<String> arguments, @Nullable Path input, @Nullable Path output)
            throws Exception {
        URI server = URI.create(jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(MariaDbPrograms.require(tool), "--protocol=TCP", "-h", server.getHost(),
                "-P", Integer.toString(server.getPort() < 0 ? 3306 : server.getPort()), "-u", user()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password());
        Path errors = Path.of("target", tool + "-it.err");
        builder.redirectError(errors.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(tool + " finished").isTrue();
        assertThat(process.exitValue()).as(tool + ": " + Files.readString(errors)).isZero();
    }

    private String jdbcUrl() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private String restoredUrl() throws Exception {
        return jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + RESTORED + "$1");
    }

    private static String user() {
        return IntegrationTestServer.server().user();
    }

    private static String password() {
        return IntegrationTestServer.server().password();
    }
}
