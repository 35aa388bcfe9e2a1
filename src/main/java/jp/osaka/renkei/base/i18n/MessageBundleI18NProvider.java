package jp.osaka.renkei.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Gives Vaadin's getTranslation the app's message bundles (messages*.properties), through Spring. */
@Component
class MessageBundleI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessageBundleI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, AppLocales.supported(locale));
        } catch (NoSuchMessageException e) {
            // Visible in the UI and caught by MessageBundleTest, never silently blank.
            return "!" + key;
        }
    }
}
