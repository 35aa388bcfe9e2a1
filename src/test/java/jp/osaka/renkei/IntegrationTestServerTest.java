package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.IntegrationTestServer.Choice;
import jp.osaka.renkei.IntegrationTestServer.Server;

import org.junit.jupiter.api.Test;

/** The order in which the integration tests look for their server, with the environment and the server faked. */
class IntegrationTestServerTest {

    private final List<String> probed = new ArrayList<>();

    @Test
    void aConfiguredServerIsUsedWithoutLookingAnywhereElse() {
        Choice choice = IntegrationTestServer.choose(Map.of("IT_DB_URL", "jdbc:mysql://db.example:3306/",
                "IT_DB_USER", "renkei", "IT_DB_PASSWORD", "secret")::get, this::refused, List.of("mariadbd"));

        assertThat(choice).isEqualTo(new Choice.Configured(
                new Server("jdbc:mysql://db.example:3306/", "renkei", "secret", false)));
        assertThat(probed).isEmpty();
    }

    @Test
    void aConfiguredServerWithoutUserOrPasswordIsAskedAsRootWithAnEmptyPassword() {
        Choice choice = IntegrationTestServer.choose(Map.of("IT_DB_URL", "jdbc:mysql://db.example/")::get,
                this::refused, List.of());

        assertThat(choice).isEqualTo(new Choice.Configured(new Server("jdbc:mysql://db.example/", "root", "", false)));
    }

    @Test
    void withoutConfigurationTheServerOnPort3306IsUsedWhenItAnswers() {
        Choice choice = IntegrationTestServer.choose(Map.<String, String>of()::get, this::answers, List.of("mariadbd"));

        assertThat(choice).isEqualTo(new Choice.Found(new Server("jdbc:mysql://127.0.0.1:3306/", "root", "", false)));
        assertThat(probed).containsExactly("jdbc:mysql://127.0.0.1:3306/");
    }

    @Test
    void whenNothingAnswersTheTestsStartAServerOfTheirOwn() {
        Choice choice = IntegrationTestServer.choose(Map.of("IT_DB_DEFAULT_URL", "jdbc:mysql://127.0.0.1:1/")::get,
                this::refused, List.of());

        assertThat(choice).isEqualTo(new Choice.StartOwn("jdbc:mysql://127.0.0.1:1/", "Connection refused"));
        assertThat(probed).containsExactly("jdbc:mysql://127.0.0.1:1/");
    }

    @Test
    void whenNothingAnswersAndNothingCanBeStartedTheLineNamesWhatIsMissingAndWhatToDo() {
        Choice choice = IntegrationTestServer.choose(Map.of("IT_DB_URL", " ")::get, this::refused,
                List.of("mariadbd", "mariadb-install-db"));

        assertThat(choice).isEqualTo(new Choice.Nothing("Integration tests skipped: no MariaDB/MySQL at"
                + " jdbc:mysql://127.0.0.1:3306/ as root without a password (Connection refused) and no mariadbd,"
                + " mariadb-install-db to start one — install mariadb-server (Debian: apt-get install mariadb-server)"
                + " or set IT_DB_URL"));
    }

    private String refused(String url) {
        probed.add(url);
        return "Connection refused";
    }

    private String answers(String url) {
        probed.add(url);
        return null;
    }
}
