package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The README's demo accounts are exactly the demo data's users. */
@DemoDataTest
class ReadmeDemoAccountsTest {

    private static final Pattern DEMO_NAME = Pattern.compile("admin|viewer|(ward|room)-[a-z]+");
    private static final Pattern WARDS = Pattern.compile("`<ward>` is one of: ([a-z,\\s]+)\\.");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReadmeListsEveryDemoAccountAndNoOther() throws IOException {
        Matcher wards = WARDS.matcher(Files.readString(Path.of("README.md")));
        assertThat(wards.find()).as("the README's list of wards").isTrue();
        List<String> listed = new ArrayList<>(List.of("admin", "viewer"));
        Arrays.stream(wards.group(1).split(",")).map(String::strip)
                .forEach(ward -> listed.addAll(List.of("ward-" + ward, "room-" + ward)));

        assertThat(listed).hasSize(50);
        // other tests share this database and add users of their own, never named like a demo account
        assertThat(jdbc.queryForList("select username from app_user", String.class).stream()
                .filter(DEMO_NAME.asMatchPredicate())).containsExactlyInAnyOrderElementsOf(listed);
    }
}
