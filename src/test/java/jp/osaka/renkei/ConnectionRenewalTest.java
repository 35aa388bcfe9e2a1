package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default (an H2 file database) keeps saving after the pool has renewed every connection, as
 * Hikari does at max-lifetime half an hour after the start; with H2 2.4.240 every save below failed with
 * "Check constraint invalid". The same on MariaDB: {@link ConnectionRenewalIT}.
 */
class ConnectionRenewalTest {

    @TempDir
    Path dir;

    @Test
    void everySaveLandsAfterThePoolHasRenewedEveryConnection() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data").resolve("renkei");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--server.port=0", "--renkei.demo-data=false",
                        "--renkei.scheduling.enabled=false");
                // the database stays open, as the pool's younger connections keep it open in a running app
                Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            ConnectionRenewal renewal = new ConnectionRenewal(app, 2031);
            assertThat(renewal.tablesWithCheckConstraints()).isEqualTo(ConnectionRenewal.CHECKED_TABLES);

            renewal.retireEveryPooledConnection(keepOpen);
            renewal.saveEverything();

            assertThat(renewal.stored()).allSatisfy((what, rows) -> assertThat(rows).as(what).isOne());
        }
    }
}
