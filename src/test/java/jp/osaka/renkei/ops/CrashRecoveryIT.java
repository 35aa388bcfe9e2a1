package jp.osaka.renkei.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jp.osaka.renkei.MariaDbPrograms;
import jp.osaka.renkei.OwnMariaDb;
import jp.osaka.renkei.survey.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The app as a process of its own on a MariaDB server of the test's own: killed with SIGKILL while
 * writers save over HTTP and started again, its readiness while the database hangs, and its graceful
 * stop on SIGTERM. The log of the app is target/crash-recovery-app.log.
 */
@MariaDbPrograms.Needs({"mariadbd", "mariadb-install-db"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int YEAR = 2071;
    private static final Path LOG = Path.of("target", "crash-recovery-app.log");

    private static OwnMariaDb db;
    private static Map<String, String> environment;
    private static ChildApp app;

    @BeforeAll
    static void startTheDatabaseAndTheApp() throws Exception {
        Files.deleteIfExists(LOG);
        db = OwnMariaDb.start();
        db.createDatabase("renkei");
        environment = Map.of("SPRING_PROFILES_ACTIVE", "mysql,crash-test", "DB_URL", db.url("renkei"),
                "DB_USER", "root", "DB_PASSWORD", "");
        app = ChildApp.start(environment, LOG);
        Http.post(app.port(), "/crash-test/open?year=" + YEAR);
    }

    @AfterAll
    static void stopBoth() {
        if (app != null && app.isAlive()) {
            app.kill();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @Order(1)
    void afterAKillDashNineEveryAcknowledgedSaveIsStoredExactlyOnceAndTheResultsCountWhatIsStored() throws Exception {
        AnswerWriters writers = new AnswerWriters(new HttpApp(app.port(), YEAR), YEAR, false, 0);
        writers.start(List.of(List.of(1L, 2L, 3L, 4L, 5L, 6L), List.of(7L, 8L, 9L, 10L, 11L, 12L),
                List.of(13L, 14L, 15L, 16L, 17L, 18L), List.of(19L, 20L, 21L, 22L, 23L, 24L)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (writers.submittedWards() < 2 && writers.writing() && System.nanoTime() < deadline) {
            OwnMariaDb.sleep(20);
        }

        app.kill();
        writers.join();
        app = ChildApp.start(environment, LOG);

        System.out.printf("CrashRecoveryIT: killed after %d acknowledged saves and %d submissions%n",
                writers.acknowledgedSaves(), writers.submittedWards());
        assertThat(writers.submittedWards()).as("submissions before the kill").isGreaterThanOrEqualTo(2);
        assertThat(writers.failures()).as("writers cut off by the kill").isNotEmpty();
        try (Connection connection = db.connect("renkei")) {
            writers.assertStoredExactlyOnce(connection);
            assertThat(shownCounts()).as("集計結果 after the restart counts what is stored")
                    .isEqualTo(writers.storedCounts(connection)).isNotEmpty();
        }
    }

    @Test
    @Order(2)
    void readinessIsDownWhileTheDatabaseHangsAndUpAfterwardsShowingNoDetailsWhileLivenessStaysUp() {
        db.freeze();
        try {
            assertHealth("/actuator/health/readiness", 503, "DOWN");
            assertHealth("/actuator/health", 503, "DOWN");
            assertHealth("/actuator/health/liveness", 200, "UP");
        } finally {
            db.thaw();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Http.answers200(app.port(), "/actuator/health/readiness")) {
            assertThat(System.nanoTime()).as("ready again within 30 s").isLessThan(deadline);
            OwnMariaDb.sleep(200);
        }
        assertHealth("/actuator/health/readiness", 200, "UP");
        assertHealth("/actuator/health", 200, "UP");
    }

    @Test
    @Order(3)
    void onSigtermARequestInProgressCompletesBeforeTheAppStops() throws Exception {
        HttpApp http = new HttpApp(app.port(), YEAR);
        long version = http.progress(24).version();
        CompletableFuture<Long> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return http.save(24, 1, Level.WELL, "graceful", version, 4000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        OwnMariaDb.sleep(1500); // the request is in the app, which works on it for 4 s

        app.terminate();
        long saved = slow.get(30, TimeUnit.SECONDS);
        int exitCode = app.exitCode();

        assertThat(saved).as("the new version of the slow save").isGreaterThan(version);
        assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(Files.readString(LOG)).contains("Commencing graceful shutdown", "Graceful shutdown complete");
        try (Connection connection = db.connect("renkei"); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from answer_change where new_value = 'graceful'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private Map<String, Integer> shownCounts() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Http.getOk(app.port(), "/crash-test/counts?year=" + YEAR).strip().split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ");
                counts.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return counts;
    }

    private void assertHealth(String path, int status, String text) {
        HttpResponse<String> response = Http.get(app.port(), path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.body()).as(path).contains("\"status\":\"" + text + "\"")
                .doesNotContain("components", "details", "\"db\"", "Communications");
    }
}
