package jp.osaka.renkei.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Fails the build when the bundles drift apart, a key is missing, or a screen hard-codes its text. */
class MessageBundleTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** Literal keys: getTranslation("…"), DomainException("…"), and message keys held in code. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|DomainException|super)\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
    private static final Pattern JAPANESE = Pattern.compile("\"[^\"]*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}][^\"]*\"");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> japanese = load("/messages.properties").stringPropertyNames();
        Set<String> english = load("/messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(english)).as("keys of messages_en.properties")
                .isEqualTo(new TreeSet<>(japanese));
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quote: "the wards' staff
     * are told" lost its apostrophe and, before a placeholder, the placeholder. Such messages write it as ''.
     */
    @Test
    void aMessageWithArgumentsWritesItsApostrophesTwice() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
            Properties messages = load(bundle);
            List<String> broken = messages.stringPropertyNames().stream().sorted()
                    .filter(key -> argument.matcher(messages.getProperty(key)).find())
                    .filter(key -> loneApostrophe.matcher(messages.getProperty(key)).find())
                    .toList();
            assertThat(broken).as("messages of %s with arguments and a lone apostrophe", bundle).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load("/messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(file));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).as("keys used in src/main/java").isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void screensHaveNoHardCodedJapaneseText() throws IOException {
        Set<String> offenders = new TreeSet<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            Files.readAllLines(file).stream()
                    .filter(line -> !line.strip().startsWith("*") && !line.strip().startsWith("//"))
                    .filter(line -> JAPANESE.matcher(line.replaceAll("//.*", "")).find())
                    .forEach(line -> offenders.add(file.getFileName() + ": " + line.strip()));
        }
        assertThat(offenders).as("Japanese string literals in views (use the message bundles)").isEmpty();
    }

    private static Properties load(String resource) {
        return TestMessages.bundle(resource);
    }

    private static java.util.List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
