package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.LocaleSelection;

/** The button that switches between Japanese and English, labelled in the other language. */
class LanguageSwitch extends Button {

    LanguageSwitch() {
        super(new Icon(VaadinIcon.GLOBE));
        setText(getTranslation("language.switch"));
        addThemeVariants(ButtonVariant.TERTIARY);
        setAriaLabel(getTranslation("language.switch.label"));
        setId("language-switch");
        addClickListener(e -> LocaleSelection.switchTo(
                AppLocales.isJapanese(getLocale()) ? AppLocales.ENGLISH : AppLocales.JAPANESE));
    }
}
