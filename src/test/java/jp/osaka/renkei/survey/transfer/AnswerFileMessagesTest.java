package jp.osaka.renkei.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem key the file layer reports has a message in each bundle, and its numbers format plainly. */
class AnswerFileMessagesTest {

    private static final Path PACKAGE = Path.of("src/main/java/jp/osaka/renkei/survey/transfer");
    private static final Pattern KEY = Pattern.compile("\"(import\\.[a-zA-Z]+\\.[a-zA-Z]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void everyKeyTheReaderUsesHasAMessage(String bundle) throws IOException {
        Properties messages = load(bundle);

        assertThat(usedKeys()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(key ->
                assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void numbersFormatWithoutThousandsSeparators(String bundle) throws IOException {
        Properties messages = load(bundle);

        assertThat(format(messages, "import.row.duplicate", 12345)).contains("12345");
        assertThat(format(messages, "import.file.tooManyRows", 20_000)).contains("20000");
        assertThat(format(messages, "import.file.tooLarge", 5.0)).contains("5").doesNotContain("5.0");
        assertThat(format(messages, "import.column.missing", "回答主体")).contains("回答主体");
    }

    private static String format(Properties messages, String key, Object argument) {
        return new MessageFormat(messages.getProperty(key), Locale.JAPAN).format(new Object[] {argument});
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(PACKAGE)) {
            for (Path file : files.toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AnswerFileMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
