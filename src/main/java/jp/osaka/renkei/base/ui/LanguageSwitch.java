package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Locale;
import java.util.function.Consumer;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.LocaleSelection;

/** The button that switches between Japanese and English, labelled in the other language. */
public class LanguageSwitch extends Button {

    /** On the login page: the choice is remembered in the browser only. */
    public LanguageSwitch() {
        this(locale -> {
        });
    }

    /** For a signed-in user: the choice is saved to their account too, so that their mails follow it. */
    public LanguageSwitch(Consumer<Locale> remember) {
        super(new Icon(VaadinIcon.GLOBE));
        setText(getTranslation("language.switch"));
        addThemeVariants(ButtonVariant.TERTIARY);
        setAriaLabel(getTranslation("language.switch.label"));
        setId("language-switch");
        addClickListener(e -> {
            Locale chosen = AppLocales.isJapanese(getLocale()) ? AppLocales.ENGLISH : AppLocales.JAPANESE;
            remember.accept(chosen);
            LocaleSelection.switchTo(chosen);
        });
    }
}
