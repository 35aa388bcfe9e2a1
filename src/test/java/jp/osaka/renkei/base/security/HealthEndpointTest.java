package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The health endpoint as a load balancer meets it: reachable without signing in, the status alone;
 * nothing else of the actuator is reachable, signed in or not. (DOWN while the database is gone:
 * ops/DatabaseOutageIT and ops/CrashRecoveryIT.)
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointTest {

    private static final List<String> PROBES = List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");
    private static final List<String> OTHER_ENDPOINTS = List.of("/actuator", "/actuator/env", "/actuator/beans",
            "/actuator/configprops", "/actuator/info", "/actuator/metrics", "/actuator/loggers",
            "/actuator/heapdump", "/actuator/health/db", "/actuator/health/diskSpace");

    @LocalServerPort
    int port;

    @Test
    void anonymousProbesGetTheStatusAndNoDetails() {
        for (String path : PROBES) {
            HttpResponse<String> response = new PlainHttp(port).get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "db", "diskSpace", "H2", "jdbc");
        }
    }

    @Test
    void nothingElseOfTheActuatorAnswersAnAnonymousVisitor() {
        for (String path : OTHER_ENDPOINTS) {
            HttpResponse<String> response = new PlainHttp(port).get(path);

            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThatShowsNoActuatorData(path, response.body());
        }
    }

    /** Signed in, an unknown URL reaches Vaadin, whose bootstrap page (200) then shows ページが見つかりません. */
    @Test
    void nothingElseOfTheActuatorAnswersASignedInAdministrator() {
        PlainHttp http = new PlainHttp(port);
        String session = http.signIn("admin");
        for (String path : OTHER_ENDPOINTS) {
            assertThatShowsNoActuatorData(path, http.get(path, "Cookie", session).body());
        }
        assertThat(http.get("/actuator/health", "Cookie", session).body()).isEqualTo(
                new PlainHttp(port).get("/actuator/health").body());
    }

    private static void assertThatShowsNoActuatorData(String path, String body) {
        assertThat(body).as(path).doesNotContain("\"_links\"", "\"status\"", "propertySources", "\"contexts\"",
                "\"names\"", "\"levels\"", "jdbc:", "spring.datasource");
    }
}
