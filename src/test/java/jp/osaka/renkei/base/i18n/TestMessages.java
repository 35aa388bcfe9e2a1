package jp.osaka.renkei.base.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's message bundles as a message source, for tests that need texts but no Spring context. */
public final class TestMessages {

    private TestMessages() {
    }

    /** messages*.properties in UTF-8, with no fall-back to the machine's locale (as the app's message source). */
    public static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** One bundle on its own (e.g. "/messages_en.properties"), without the fall-back to the Japanese one. */
    public static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(TestMessages.class.getResourceAsStream(resource), resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
