package jp.osaka.renkei;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A MariaDB server of a test's own, on a free port with its data in a temporary folder, that the test
 * may freeze (SIGSTOP: a server that hangs), thaw, kill (SIGKILL) and start again on the same data.
 * Needs mariadbd and mariadb-install-db ({@link MariaDbPrograms}; .ci/run installs them). Any user name
 * signs in without a password (--skip-grant-tables): the server listens on 127.0.0.1 only. The ops tests
 * use it, and {@link IntegrationTestServer} when no other server is there.
 */
public final class OwnMariaDb implements AutoCloseable {

    private final Path dir;
    private final int port;
    private @Nullable Process server;
    private boolean frozen;

    private OwnMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static OwnMariaDb start() {
        try {
            Path dir = Files.createTempDirectory("renkei-mariadb-");
            run(List.of(MariaDbPrograms.require("mariadb-install-db"), "--no-defaults",
                    "--datadir=" + dir.resolve("data"), "--skip-test-db", "--auth-root-authentication-method=normal"),
                    dir.resolve("install.log"));
            OwnMariaDb db = new OwnMariaDb(dir, freePort());
            db.launch();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's JDBC URL, without a database. */
    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    /** A JDBC URL of a database on this server, with the settings config/application-mysql.yml's default has. */
    public String url(String database) {
        return serverUrl() + database + "?characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    public void createDatabase(String name) {
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** SIGSTOP: the server keeps its connections open and its port bound, and answers nothing. */
    public void freeze() {
        signal("STOP");
        frozen = true;
    }

    public void thaw() {
        signal("CONT");
        frozen = false;
    }

    /** SIGKILL: gone at once, as in a crash or a power cut; its data stays for {@link #restart()}. */
    public void crash() {
        Process process = process();
        process.destroyForcibly();
        waitFor(process);
        frozen = false;
    }

    /** Starts the server again on the same data and port (InnoDB recovers what was committed). */
    public void restart() {
        launch();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(MariaDbPrograms.require("mariadbd"), "--no-defaults",
                "--datadir=" + dir.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                "--skip-grant-tables", "--skip-name-resolve", "--innodb-buffer-pool-size=32M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--log-error=" + dir.resolve("server.log")));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mariadbd refuses to run as root unless told to
        }
        try {
            server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Connection ignored = connect("")) {
                return;
            } catch (SQLException e) {
                if (!process().isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("mariadbd did not start: see " + dir.resolve("server.log"), e);
                }
                sleep(100);
            }
        }
    }

    public void execute(String... statements) {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database) + "&connectTimeout=2000&socketTimeout=5000", "root", "");
    }

    @Override
    public void close() {
        if (server != null) {
            if (frozen) {
                thaw();
            }
            crash();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + dir + ": " + e);
        }
    }

    private Process process() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server;
    }

    private void signal(String signal) {
        run(List.of("kill", "-" + signal, Long.toString(process().pid())), dir.resolve("kill.log"));
    }

    private static void run(List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (waitFor(process) != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitFor(Process process) {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("still running after 30 s: " + process.info().commandLine().orElse(""));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
