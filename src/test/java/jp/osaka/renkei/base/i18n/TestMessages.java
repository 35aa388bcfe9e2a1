package jp.osaka.renkei.base.i18n;

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
}
