package jp.osaka.renkei;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link TestWards} true (docs/decisions/0016-test-wards.md): it lists the wards as the database has them,
 * each once, so each has one area per database; and a test of a shared database uses a listed ward only if it is
 * of the ward's area, and then through the registry, not by a user name, an id or a code of its own. Read from
 * the sources, as a reviewer reads them: Japanese ward names and bare numbers are not followed.
 */
class TestWardsTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Path WARDS = Path.of("src/main/resources/db/data/wards.csv");

    /** The two databases that test classes share; a class with a datasource of its own shares none. */
    enum Database { BROWSERLESS, END_TO_END }

    private record Source(String name, String text, @Nullable Database database) {

        static Source read(Path file) {
            try {
                String text = Files.readString(file);
                String name = file.getFileName().toString().replace(".java", "");
                return new Source(name, text, databaseOf(text));
            } catch (IOException e) {
                throw new IllegalStateException(file.toString(), e);
            }
        }

        private static @Nullable Database databaseOf(String text) {
            if (text.contains("spring.datasource.url")) {
                return null;
            }
            if (text.contains("extends EndToEndTest") || text.contains("class EndToEndTest")) {
                return Database.END_TO_END;
            }
            return text.contains("@DemoDataTest") ? Database.BROWSERLESS : null;
        }

        /** Whether the source refers to the ward through the registry. */
        boolean uses(TestWards ward) {
            return text.contains("TestWards")
                    && Pattern.compile("\\b" + ward.name() + "(_OFFICE|_ROOM)?\\b").matcher(text).find();
        }
    }

    @Test
    void everyWardIsListedOnceAndAsTheDatabaseHasIt() throws IOException {
        Map<Long, String> csv = Files.readAllLines(WARDS).stream().skip(1).map(line -> line.split(","))
                .collect(Collectors.toMap(cells -> Long.parseLong(cells[0]), cells -> cells[4] + "/" + cells[1]));

        Map<Long, List<String>> constants = Arrays.stream(TestWards.values())
                .collect(Collectors.groupingBy(TestWards::id, Collectors.mapping(Enum::name, Collectors.toList())));
        assertThat(constants.values()).as("one constant, so one area per database, for each ward")
                .allSatisfy(names -> assertThat(names).hasSize(1));
        for (TestWards ward : TestWards.values()) {
            assertThat(ward.slug() + "/" + ward.code()).as(ward.name()).isEqualTo(csv.get(ward.id()));
            assertThat(ward.name()).isEqualTo(ward.slug().toUpperCase());
            assertThat(ward.browserless() != null || ward.endToEnd() != null).as(ward + " is used by some test")
                    .isTrue();
        }
    }

    @Test
    void theUserConstantsNameTheDemoUsersOfTheirWard() throws IllegalAccessException {
        List<Field> users = Arrays.stream(TestWards.class.getDeclaredFields())
                .filter(field -> field.getType() == String.class && Modifier.isStatic(field.getModifiers())).toList();

        assertThat(users).isNotEmpty();
        for (Field user : users) {
            String[] parts = user.getName().split("_(?=OFFICE$|ROOM$)");
            String prefix = parts.length == 2 && parts[1].equals("OFFICE") ? "ward-" : "room-";
            assertThat(user.get(null)).as(user.getName())
                    .isEqualTo(prefix + TestWards.valueOf(parts[0]).slug());
        }
    }

    @Test
    void everyTestOfAnAreaExistsAndUsesAWardOfIt() throws IOException {
        Map<String, List<Source>> byName = sources().stream().collect(Collectors.groupingBy(Source::name));
        for (TestWards ward : TestWards.values()) {
            List<String> owners = new ArrayList<>(ward.browserless() == null ? List.of() : ward.browserless().tests());
            if (ward.endToEnd() != null) {
                owners.add(ward.endToEnd());
            }
            for (String owner : owners) {
                assertThat(byName.get(owner)).as("one test class named " + owner).hasSize(1);
            }
            if (ward.endToEnd() != null) {
                assertThat(byName.get(ward.endToEnd()).getFirst().uses(ward)).as(ward.endToEnd() + " uses " + ward)
                        .isTrue();
            }
        }
        for (TestWards.Area area : TestWards.Area.values()) {
            for (String test : area.tests()) {
                assertThat(Arrays.stream(TestWards.values()).filter(ward -> ward.browserless() == area)
                        .anyMatch(byName.get(test).getFirst()::uses)).as(test + " uses a ward of " + area).isTrue();
            }
        }
    }

    @Test
    void aTestOfASharedDatabaseUsesAListedWardOnlyInItsAreaAndThroughTheRegistry() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Source source : sources()) {
            if (source.database() == null || source.name().equals("TestWards")) {
                continue;
            }
            for (TestWards ward : TestWards.values()) {
                List<String> owners = ownersIn(ward, source.database());
                if (owners != null) {
                    problems.addAll(problems(source, ward, owners));
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    private static List<String> problems(Source source, TestWards ward, List<String> owners) {
        List<String> problems = new ArrayList<>();
        String where = source.name() + ": ";
        if (Pattern.compile("\"(ward|room)-" + ward.slug() + "\"").matcher(source.text()).find()) {
            problems.add(where + "a user of " + ward + " by name, not TestWards." + ward + "_OFFICE or _ROOM");
        }
        if (Pattern.compile("\"[^\"\\n]*\\b" + ward.code() + "\\b").matcher(source.text()).find()) {
            problems.add(where + "the code of " + ward + " as a literal, not TestWards." + ward + ".code()");
        }
        if (Pattern.compile("ResponseKey\\(\\s*\\w+\\s*,\\s*" + ward.id() + "L?\\s*,").matcher(source.text()).find()) {
            problems.add(where + "the id of " + ward + " as a literal, not TestWards." + ward + ".id()");
        }
        if (Pattern.compile("\\b" + ward.name() + "(_\\w+)?\\s*=(?!=)(?![^;]*TestWards)[^;]*;").matcher(source.text())
                .find()) {
            problems.add(where + "a constant named after " + ward + " that does not come from TestWards");
        }
        if (!owners.contains(source.name()) && source.uses(ward)) {
            problems.add(where + "uses " + ward + ", which belongs to " + owners + " in the " + source.database()
                    + " database");
        }
        return problems;
    }

    /** Who may use the ward in the database, or null where it belongs to no one there (then anyone reads it). */
    private static @Nullable List<String> ownersIn(TestWards ward, Database database) {
        return switch (database) {
            case BROWSERLESS -> ward.browserless() == null ? null : ward.browserless().tests();
            case END_TO_END -> ward.endToEnd() == null ? null : List.of(ward.endToEnd());
        };
    }

    private static List<Source> sources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(Source::read).toList();
        }
    }
}
