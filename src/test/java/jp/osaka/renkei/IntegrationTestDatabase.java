package jp.osaka.renkei;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates an empty database with a unique name on the MySQL-compatible server of IT_DB_URL (the
 * server's URL, without a database), IT_DB_USER and IT_DB_PASSWORD, once per test JVM, and points
 * the application at it, so that Liquibase builds the schema from nothing and tests running at the
 * same time on the same server do not meet. The database is dropped when the JVM ends.
 */
public final class IntegrationTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The first administrator that {@code InitialAdministrator} creates on the empty database. */
    public static final String ADMIN_USERNAME = "it-admin";
    public static final String ADMIN_PASSWORD = "it-admin: seven quiet herons 4f9c2e";

    static final String NAME = "renkei_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static final String SERVER_URL = env("IT_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = env("IT_DB_USER", "root");
    private static final String PASSWORD = env("IT_DB_PASSWORD", "");

    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        createOnce();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("renkeiIntegrationTest", Map.of(
                "spring.datasource.url", databaseUrl(),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "renkei.initial-admin.username", ADMIN_USERNAME,
                "renkei.initial-admin.password", ADMIN_PASSWORD,
                "renkei.scheduling.enabled", "false")));
    }

    private static synchronized void createOnce() {
        if (created) {
            return;
        }
        execute("DROP DATABASE IF EXISTS " + NAME,
                "CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        created = true;
        Runtime.getRuntime().addShutdownHook(new Thread(IntegrationTestDatabase::drop, "drop-" + NAME));
    }

    private static void drop() {
        try {
            // A connection still holding a lock must not keep the JVM from ending.
            execute("SET SESSION lock_wait_timeout = 10", "DROP DATABASE IF EXISTS " + NAME);
        } catch (IllegalStateException e) {
            System.err.println("Could not drop the test database " + NAME + ": " + e.getCause());
        }
    }

    private static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Integration tests need a MariaDB or MySQL server at " + SERVER_URL
                    + " as " + USER + " (set IT_DB_URL, IT_DB_USER, IT_DB_PASSWORD; .ci/run prepares one)", e);
        }
    }

    /** The server URL with this JVM's database and the connection settings of config/application-mysql.yml. */
    private static String databaseUrl() {
        int query = SERVER_URL.indexOf('?');
        String server = query < 0 ? SERVER_URL : SERVER_URL.substring(0, query);
        String extra = query < 0 ? "" : "&" + SERVER_URL.substring(query + 1);
        return (server.endsWith("/") ? server : server + "/") + NAME
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC" + extra;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || (value.isBlank() && !name.endsWith("PASSWORD")) ? fallback : value;
    }
}
