package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** {@link ConnectionRenewalTest} on MariaDB: every save lands after the pool has renewed every connection. */
@IntegrationTest
class ConnectionRenewalIT {

    private static final int FISCAL_YEAR = 2096; // no other IT uses it

    private ConnectionRenewal renewal;

    @BeforeEach
    void arrange(@Autowired ApplicationContext context) {
        renewal = new ConnectionRenewal(context, FISCAL_YEAR);
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        renewal.removeAll();
    }

    @Test
    void everySaveLandsAfterThePoolHasRenewedEveryConnection(@Autowired Environment environment) throws Exception {
        assertThat(renewal.tablesWithCheckConstraints()).isEqualTo(ConnectionRenewal.CHECKED_TABLES);
        try (Connection keepOpen = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            renewal.retireEveryPooledConnection(keepOpen);
        }
        renewal.saveEverything();

        assertThat(renewal.stored()).allSatisfy((what, rows) -> assertThat(rows).as(what).isOne());
    }
}
