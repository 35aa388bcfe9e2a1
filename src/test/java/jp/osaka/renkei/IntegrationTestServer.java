package jp.osaka.renkei;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * The MariaDB or MySQL server of the integration tests, chosen once per test JVM
 * (docs/decisions/0003-test-databases.md): the one IT_DB_URL names, which must answer; else one that
 * answers at IT_DB_DEFAULT_URL (127.0.0.1:3306) as root without a password; else a mariadbd of their own,
 * stopped when the JVM ends; else none, and the tests are skipped with one line that says what is missing.
 */
public final class IntegrationTestServer {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/";
    static final List<String> SERVER_PROGRAMS = List.of("mariadbd", "mariadb-install-db");

    /** A server's URL (without a database) and account; {@code own} when this JVM started it. */
    public record Server(String url, String user, String password, boolean own) {
    }

    /** What to do, decided from the environment alone (plus whether the default server answers). */
    sealed interface Choice {
        record Configured(Server server) implements Choice {
        }

        record Found(Server server) implements Choice {
        }

        record StartOwn(String defaultUrl, String why) implements Choice {
        }

        record Nothing(String line) implements Choice {
        }
    }

    /** Tells whether a server answers at the URL as root without a password, and if not, why not. */
    interface Probe {
        @Nullable String failure(String url);
    }

    private static @Nullable Object outcome; // the Server, or what was thrown when choosing it

    private IntegrationTestServer() {
    }

    static Choice choose(Function<String, @Nullable String> environment, Probe probe, List<String> missingPrograms) {
        String configured = environment.apply("IT_DB_URL");
        if (configured != null && !configured.isBlank()) {
            String user = environment.apply("IT_DB_USER");
            String password = environment.apply("IT_DB_PASSWORD");
            return new Choice.Configured(new Server(configured, user == null || user.isBlank() ? "root" : user,
                    password == null ? "" : password, false));
        }
        String fallback = environment.apply("IT_DB_DEFAULT_URL");
        String url = fallback == null || fallback.isBlank() ? DEFAULT_URL : fallback;
        String failure = probe.failure(url);
        if (failure == null) {
            return new Choice.Found(new Server(url, "root", "", false));
        }
        if (missingPrograms.isEmpty()) {
            return new Choice.StartOwn(url, failure);
        }
        return new Choice.Nothing("Integration tests skipped: no MariaDB/MySQL at " + url
                + " as root without a password (" + failure + ") and no " + String.join(", ", missingPrograms)
                + " to start one — install mariadb-server (Debian: apt-get install mariadb-server) or set IT_DB_URL");
    }

    /**
     * The server, chosen (and started) at the first call in this JVM. Throws a {@link TestAbortedException}
     * with the skip line when there is none, and an {@link IllegalStateException} when IT_DB_URL does not answer.
     */
    public static synchronized Server server() {
        if (outcome == null) {
            try {
                outcome = choose();
            } catch (RuntimeException e) {
                outcome = e;
            }
        }
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        return (Server) outcome;
    }

    private static Server choose() {
        List<String> missing = MariaDbPrograms.missing(SERVER_PROGRAMS);
        Choice choice = choose(System::getenv, IntegrationTestServer::failure, missing);
        return switch (choice) {
            case Choice.Configured(Server server) -> {
                String failure = connectionFailure(server);
                if (failure != null) {
                    throw new IllegalStateException("Integration tests: IT_DB_URL=" + server.url() + " as "
                            + server.user() + " does not answer (" + failure + "); fix IT_DB_URL, IT_DB_USER,"
                            + " IT_DB_PASSWORD, or unset IT_DB_URL to use 127.0.0.1:3306 or a server of their own");
                }
                System.out.println("Integration tests: IT_DB_URL=" + server.url() + " as " + server.user());
                yield server;
            }
            case Choice.Found(Server server) -> {
                System.out.println("Integration tests: MariaDB/MySQL at " + server.url() + " as root");
                yield server;
            }
            case Choice.StartOwn(String defaultUrl, String why) -> startOwn(defaultUrl, why);
            case Choice.Nothing(String line) -> {
                System.out.println(line);
                throw new TestAbortedException(line);
            }
        };
    }

    private static Server startOwn(String defaultUrl, String why) {
        OwnMariaDb db = OwnMariaDb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "own-mariadb"));
        System.out.println("Integration tests: no MariaDB/MySQL at " + defaultUrl + " as root without a password ("
                + why + "); started one of their own at " + db.serverUrl() + " ("
                + MariaDbPrograms.require("mariadbd") + ")");
        return new Server(db.serverUrl(), "root", "", true);
    }

    private static @Nullable String failure(String url) {
        return connectionFailure(new Server(url, "root", "", false));
    }

    private static @Nullable String connectionFailure(Server server) {
        String url = server.url() + (server.url().contains("?") ? "&" : "?") + "connectTimeout=3000";
        try (Connection ignored = DriverManager.getConnection(url, server.user(), server.password())) {
            return null;
        } catch (SQLException e) {
            return firstLine(e) + (root(e) == e ? "" : ": " + firstLine(root(e)));
        }
    }

    /** "Communications link failure" says less than its cause, e.g. "Connection refused". */
    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    /** Skips an integration test class, before Spring starts, when there is no server (see {@link #server()}). */
    public static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try {
                return ConditionEvaluationResult.enabled("integration test server " + server().url());
            } catch (TestAbortedException e) {
                return ConditionEvaluationResult.disabled(e.getMessage());
            }
        }
    }
}
