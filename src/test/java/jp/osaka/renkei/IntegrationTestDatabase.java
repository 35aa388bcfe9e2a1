package jp.osaka.renkei;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import jp.osaka.renkei.IntegrationTestServer.Server;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates an empty database with a unique name on the {@link IntegrationTestServer} once per test JVM,
 * and points the application at it, so that Liquibase builds the schema from nothing and tests running
 * at the same time on the same server do not meet. The database is dropped when the JVM ends (with the
 * whole server when the tests started it themselves).
 */
public final class IntegrationTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The first administrator that {@code InitialAdministrator} creates on the empty database. */
    public static final String ADMIN_USERNAME = "it-admin";
    public static final String ADMIN_PASSWORD = "seven quiet herons by the pond 4f9c2e"; // holds not the login: the policy refuses that

    static final String NAME = "renkei_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Server server = IntegrationTestServer.server();
        createOnce(server);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("renkeiIntegrationTest", Map.of(
                "spring.datasource.url", databaseUrl(server.url()),
                "spring.datasource.username", server.user(),
                "spring.datasource.password", server.password(),
                "renkei.initial-admin.username", ADMIN_USERNAME,
                "renkei.initial-admin.password", ADMIN_PASSWORD,
                "renkei.scheduling.enabled", "false")));
    }

    private static synchronized void createOnce(Server server) {
        if (created) {
            return;
        }
        execute(server, "DROP DATABASE IF EXISTS " + NAME,
                "CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        created = true;
        if (!server.own()) { // an own server goes with its data folder, and may already be gone at exit
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server), "drop-" + NAME));
        }
    }

    private static void drop(Server server) {
        try {
            // A connection still holding a lock must not keep the JVM from ending.
            execute(server, "SET SESSION lock_wait_timeout = 10", "DROP DATABASE IF EXISTS " + NAME);
        } catch (IllegalStateException e) {
            System.err.println("Could not drop the test database " + NAME + ": " + e.getCause());
        }
    }

    private static void execute(Server server, String... statements) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Integration tests: " + String.join("; ", statements) + " failed on "
                    + server.url() + " as " + server.user(), e);
        }
    }

    /** The server URL with this JVM's database and the connection settings of config/application-mysql.yml. */
    private static String databaseUrl(String serverUrl) {
        int query = serverUrl.indexOf('?');
        String server = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String extra = query < 0 ? "" : "&" + serverUrl.substring(query + 1);
        return (server.endsWith("/") ? server : server + "/") + NAME
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC" + extra;
    }
}
