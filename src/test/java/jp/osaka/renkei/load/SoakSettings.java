package jp.osaka.renkei.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What a soak run does, from {@code --name=value} arguments (defaults in brackets in {@link #USAGE}). */
record SoakSettings(String database, int minutes, int port, int pauseSeconds, int parallel, String mariaDbServer,
        Path out, List<String> appSettings) {

    static final String USAGE = """
            jp.osaka.renkei.load.Soak: the app kept busy past every pool and session lifetime (docs/operations.md)
              --database=h2            h2: the embedded default, an H2 file database under <out>/data;
                                       mariadb: the mysql profile on a new database renkei_soak
              --minutes=40             how long; longer than the pool's max-lifetime and the session timeout (30 min)
              --port=18190             the app's HTTP port
              --pause=20               seconds between two cycles
              --parallel=6             users answering at the same time
              --mariadb=jdbc:mysql://127.0.0.1:3306/   the MariaDB server (user root, empty password)
              --out=target/soak/<database>-<time>      soak.csv and the H2 files
              --<any.setting>=<value>  passed to the app, e.g. --spring.datasource.hikari.max-lifetime=60000
            """;

    static final String MARIADB_NAME = "renkei_soak";

    static SoakSettings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        List<String> appSettings = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--help") || !arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (arg.substring(0, arg.indexOf('=')).contains(".")) {
                appSettings.add(arg);
                continue;
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String database = given.getOrDefault("database", "h2");
        if (!database.equals("h2") && !database.equals("mariadb")) {
            throw new IllegalArgumentException(USAGE);
        }
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
        return new SoakSettings(database, Integer.parseInt(given.getOrDefault("minutes", "40")),
                Integer.parseInt(given.getOrDefault("port", "18190")),
                Integer.parseInt(given.getOrDefault("pause", "20")),
                Integer.parseInt(given.getOrDefault("parallel", "6")),
                given.getOrDefault("mariadb", "jdbc:mysql://127.0.0.1:3306/"),
                Path.of(given.getOrDefault("out", "target/soak/" + database + "-" + time)), List.copyOf(appSettings));
    }

    /** The app's command line: ./config's settings as an operator has them, on the soak's own database. */
    String[] appArguments(List<String> mail) {
        // All 49 users sign in from 127.0.0.1, as behind a proxy Tomcat does not trust: no bound on new sessions per
        // address (docs/security.md, "Sessions per user and per address"; SessionLimitsHttpTest tests the bound).
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--renkei.demo-data=false",
                "--renkei.security.new-sessions-per-address=0"));
        args.addAll(mail);
        if (database.equals("h2")) {
            args.add("--spring.datasource.url=jdbc:h2:file:" + out.toAbsolutePath().resolve("data").resolve("renkei")
                    + ";DB_CLOSE_ON_EXIT=FALSE");
        } else {
            args.addAll(List.of("--spring.profiles.active=mysql",
                    "--spring.datasource.url=" + mariaDbServer + MARIADB_NAME
                            + "?characterEncoding=UTF-8&connectionTimeZone=UTC",
                    "--spring.datasource.username=root", "--spring.datasource.password="));
        }
        args.addAll(appSettings);
        return args.toArray(String[]::new);
    }

    /** An empty database for this run: the H2 folder deleted, or the MariaDB database dropped and created. */
    void prepareDatabase() {
        if (database.equals("h2")) {
            Path data = out.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> files = Files.walk(data)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return;
        }
        try (Connection connection = DriverManager.getConnection(mariaDbServer, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + MARIADB_NAME);
            statement.execute("CREATE DATABASE " + MARIADB_NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("no MariaDB server as root at " + mariaDbServer, e);
        }
    }
}
