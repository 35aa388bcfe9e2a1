package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * What the page says outside any view, in the user's language: the document's {@code lang} (so that a screen
 * reader reads Japanese as Japanese, JIS X 8341-3 3.1.1) and the texts of Vaadin's connection indicator, which
 * otherwise announces "Online" and "Connection lost" in English.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    static final String SCRIPT = """
            document.documentElement.lang = $0;
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              indicator.onlineText = $1;
              indicator.offlineText = $2;
              indicator.reconnectingText = $3;
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Before the first response, when the locale (LocaleSelection, another init listener) is already set.
        event.getSource().addUIInitListener(init -> init.getUI().beforeClientResponse(init.getUI(),
                context -> apply(context.getUI())));
    }

    static void apply(UI ui) {
        ui.getPage().executeJs(SCRIPT, ui.getLocale().getLanguage(), ui.getTranslation("connection.online"),
                ui.getTranslation("connection.offline"), ui.getTranslation("connection.reconnecting"));
    }
}
