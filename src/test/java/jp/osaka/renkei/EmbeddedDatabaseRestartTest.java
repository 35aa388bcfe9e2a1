package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default keeps its data in an H2 file under ./data: it survives a restart, and the demo (the README
 * command's demo profile) loads once.
 */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultDatabaseIsAnH2FileUnderData() throws IOException {
        var yaml = new YamlPropertySourceLoader().load("config", new FileSystemResource("config/application.yml"));

        assertThat(yaml.getFirst().getProperty("spring.datasource.url")).hasToString("${DB_URL:jdbc:h2:file:./data/renkei;DB_CLOSE_ON_EXIT=FALSE}");
    }

    @Test
    void whatWasStoredIsThereAfterARestartAndTheDemoDataIsNotLoadedAgain() {
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("renkei");
        Map<String, Long> demo;
        try (ConfigurableApplicationContext first = start(url)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            demo = counts(jdbc);
            assertThat(demo.get("app_user")).as("the demo accounts").isEqualTo(50);
            jdbc.update("insert into audit_entry (occurred_at, actor, action, target, detail)"
                    + " values (current_timestamp, 'restart-test', 'MARKER', '', '')");
        }

        try (ConfigurableApplicationContext second = start(url)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'restart-test'", Long.class))
                    .isOne();
            assertThat(counts(jdbc)).isEqualTo(demo);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class).profiles("test", "demo")
                .properties("DB_URL=" + url, "server.port=0").run();
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc) {
        return Map.of("app_user", count(jdbc, "app_user"), "ward", count(jdbc, "ward"),
                "survey_round", count(jdbc, "survey_round"), "survey_response", count(jdbc, "survey_response"),
                "rating", count(jdbc, "rating"));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
