package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What people need to sign in and find their data is in the database when the web server starts accepting
 * requests, not some time later: the demo under the demo profile, the first administrator without it.
 */
class StartupDataTest {

    @Test
    void theDemoIsLoadedBeforeTheServerAcceptsRequests() {
        Map<String, Object> atServerStart = new ConcurrentHashMap<>();
        try (ConfigurableApplicationContext app = start(atServerStart, true, "renkei-startup-demo")) {
            assertThat(atServerStart).containsEntry("users", 50L).containsEntry("rounds", List.of(2017, 2021, 2025));
        }
    }

    @Test
    void aJarInAnEmptyFolderHasOnlyTheFirstAdministratorBeforeTheServerAcceptsRequests() {
        Map<String, Object> atServerStart = new ConcurrentHashMap<>();
        // no ./config: only the settings built into the jar, as for java -jar renkei.jar in an empty folder
        try (ConfigurableApplicationContext app = start(atServerStart, false, "renkei-startup-empty",
                "--spring.config.location=optional:classpath:/",
                "--ADMIN_USERNAME=first-admin", "--ADMIN_PASSWORD=a long first passphrase")) {
            assertThat(atServerStart).containsEntry("users", 1L).containsEntry("rounds", List.of())
                    .containsEntry("wards", 24L);
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select role from app_user where username = ?",
                    String.class, "first-admin")).isEqualTo("CITY_ADMIN");
        }
    }

    /**
     * Starts the app (with or without the demo profile) on a new in-memory database, and records what the database
     * holds when the server starts accepting requests.
     */
    private static ConfigurableApplicationContext start(Map<String, Object> atServerStart, boolean demo,
            String database, String... args) {
        List<String> commandLine = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:" + database
                + ";DB_CLOSE_DELAY=-1", "--server.port=0", "--renkei.scheduling.enabled=false"));
        commandLine.addAll(List.of(args));
        return new SpringApplicationBuilder(Application.class).profiles(demo ? new String[] {"test", "demo"}
                : new String[] {"test"})
                .listeners(event -> {
                    if (event instanceof WebServerInitializedEvent started) {
                        JdbcTemplate jdbc = started.getApplicationContext().getBean(JdbcTemplate.class);
                        atServerStart.put("users", jdbc.queryForObject("select count(*) from app_user", Long.class));
                        atServerStart.put("wards", jdbc.queryForObject("select count(*) from ward", Long.class));
                        atServerStart.put("rounds", jdbc.queryForList(
                                "select fiscal_year from survey_round order by fiscal_year", Integer.class));
                    }
                })
                .run(commandLine.toArray(String[]::new));
    }
}
