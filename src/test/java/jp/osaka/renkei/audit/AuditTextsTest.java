package jp.osaka.renkei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.i18n.TestMessages;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every action the log records has its words, and an entry of a code no action has any longer still reads. */
class AuditTextsTest {

    private static final String PREFIX = "audit.action.";
    private static final List<String> BUNDLES = List.of("/messages.properties", "/messages_en.properties");

    @Test
    void everyActionHasALabelInJapaneseAndInEnglish() {
        for (String bundle : BUNDLES) {
            Properties messages = TestMessages.bundle(bundle);
            assertThat(Arrays.stream(AuditAction.values()).map(action -> PREFIX + action.name()))
                    .as("labels of the actions in %s", bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyActionLabelBelongsToAnAction() {
        for (String bundle : BUNDLES) {
            assertThat(TestMessages.bundle(bundle).stringPropertyNames().stream()
                    .filter(key -> key.startsWith(PREFIX)).map(key -> key.substring(PREFIX.length())))
                    .as("action labels in %s", bundle)
                    .allSatisfy(code -> assertThat(AuditAction.of(code)).as(code).isPresent());
        }
    }

    @Test
    void aStoredCodeIsShownInTheReadersWordsAndACodeNoActionHasAnyLongerAsItIs() {
        ResourceBundleMessageSource messages = TestMessages.source();
        AuditTexts.Translator japanese = (key, arguments) -> messages.getMessage(key, arguments, Locale.JAPANESE);

        assertThat(AuditTexts.action("ROUND_PUBLISHED", japanese)).isEqualTo("公表");
        assertThat(AuditTexts.action(AuditAction.ROUND_PUBLISHED, japanese)).isEqualTo("公表");
        assertThat(AuditTexts.action("ROUND_ARCHIVED", japanese)).isEqualTo("ROUND_ARCHIVED");
    }
}
