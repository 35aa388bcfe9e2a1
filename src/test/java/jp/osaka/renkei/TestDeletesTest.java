package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Test code deletes rows only from its own module's tables, and finds them without another module's tables: what it
 * removes elsewhere it asks that module's fixture for (ActionFixture, SurveyFixture, UserFixture, …), as STYLE.md
 * keeps a module's tables its own. A table's module is that of the class in src/main that maps it
 * ({@code @Table}, {@code @CollectionTable}) or inserts into it. Read from the sources: every statement with a
 * DELETE in a string, with the tables its strings name; a table name held in a variable is not followed.
 */
class TestDeletesTest {

    private static final Path ROOT = Path.of("jp", "osaka", "renkei");
    private static final Pattern TABLE_OF_A_CLASS = Pattern.compile(
            "@(?:Table|CollectionTable)\\(name = \"(\\w+)\"|(?i:insert into) (\\w+)");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern NAMED_TABLE = Pattern.compile("(?i)\\b(?:from|join)\\s+(\\w+)");

    /** Deletes of another module's rows that are the point of the test, not its cleaning up. */
    private static final Map<String, Set<String>> ON_PURPOSE = Map.of(
            // a comment chosen for the report goes with its answer: the test deletes the answer
            "CommentsIT", Set.of("rating"),
            // the load client resets the round it answered on any database, as the operator's tool it is
            "SavedAnswers", Set.of("answer_change", "rating", "survey_response"));

    @Test
    void aTestDeletesOnlyFromItsOwnModulesTablesAndFindsTheRowsWithoutOthers() throws IOException {
        Map<String, String> modules = tableModules();
        List<String> problems = new ArrayList<>();
        for (Path file : javaFiles(Path.of("src/test/java"))) {
            String name = file.getFileName().toString().replace(".java", "");
            String module = moduleOf(Path.of("src/test/java"), file);
            for (String statement : Files.readString(file).split(";")) {
                List<String> strings = STRING.matcher(statement).results().map(match -> match.group(1)).toList();
                if (strings.stream().noneMatch(text -> text.toLowerCase().contains("delete from"))) {
                    continue;
                }
                Matcher tables = NAMED_TABLE.matcher(String.join(" ", strings));
                while (tables.find()) {
                    String table = tables.group(1).toLowerCase();
                    String owner = modules.get(table);
                    if (owner != null && !owner.equals(module)
                            && !ON_PURPOSE.getOrDefault(name, Set.of()).contains(table)) {
                        problems.add(name + " (" + (module.isEmpty() ? "no module" : module) + "): " + table
                                + " is " + owner + "'s");
                    }
                }
            }
        }

        assertThat(modules).as("tables found in src/main").containsKeys("action", "app_user", "survey_round",
                "reference_count", "job_lock", "ward_mailbox");
        assertThat(problems).isEmpty();
    }

    /** Each table the app writes, and the module (first package below jp.osaka.renkei) of the class that does. */
    private static Map<String, String> tableModules() throws IOException {
        Map<String, String> modules = new HashMap<>();
        Path main = Path.of("src/main/java");
        for (Path file : javaFiles(main)) {
            Matcher matcher = TABLE_OF_A_CLASS.matcher(Files.readString(file));
            while (matcher.find()) {
                String table = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).toLowerCase();
                modules.put(table, moduleOf(main, file));
            }
        }
        return modules;
    }

    /** The first package below jp.osaka.renkei ("" for its own classes). */
    private static String moduleOf(Path sourceRoot, Path file) {
        Path relative = sourceRoot.resolve(ROOT).relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
        }
    }
}
