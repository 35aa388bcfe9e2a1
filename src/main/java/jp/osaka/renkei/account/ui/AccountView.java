package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.util.Locale;

import jp.osaka.renkei.account.AccountSettings;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.i18n.LocaleSelection;
import jp.osaka.renkei.base.ui.EmailInput;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.base.ui.ViewToolbar;

/** アカウント設定: every signed-in user's own address, language, optional mails and signed-in devices. */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final EmailInput email;
    private final Select<Locale> language = new Select<>();
    private final Checkbox published = new Checkbox();
    private final Checkbox dueSoon = new Checkbox();
    private AccountSettings settings;

    AccountView(UserAccountService accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.settings = accounts.ownSettings();
        addClassName("account-view");
        email = new EmailInput(getTranslation("account.email"), settings.email(), "account-email");
        email.setHelperText(getTranslation("account.email.helper"));
        language.setLabel(getTranslation("account.language"));
        language.setItems(AppLocales.ALL);
        language.setItemLabelGenerator(locale -> getTranslation("account.language." + locale.getLanguage()));
        language.setId("account-language");
        published.setLabel(getTranslation("account.mail.published"));
        published.setId("account-mail-published");
        dueSoon.setLabel(getTranslation("account.mail.dueSoon"));
        dueSoon.setId("account-mail-due-soon");
        show(settings);
        Button save = new Button(getTranslation("users.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("account-save");
        add(new ViewToolbar(getTranslation("account.title")), email, language, new H3(getTranslation("account.mail")),
                new Paragraph(getTranslation("account.mail.always")), published, dueSoon, save,
                new SignedInDevices(sessions));
    }

    private void show(AccountSettings shown) {
        settings = shown;
        email.setValue(shown.email() == null ? "" : shown.email());
        language.setValue(shown.language());
        published.setValue(shown.mailPublished());
        dueSoon.setValue(shown.mailDueSoon());
    }

    private void save() {
        if (!email.check()) {
            return; // the field says why; nothing is saved and nothing typed is lost
        }
        Locale chosen = language.getValue();
        AccountSettings typed = new AccountSettings(settings.version(), email.address(), chosen,
                published.getValue(), dueSoon.getValue());
        AccountSettings[] saved = new AccountSettings[1];
        if (StaleDialog.save("stale.what.account", () -> saved[0] = accounts.saveOwnSettings(typed),
                () -> show(accounts.ownSettings()))) {
            show(saved[0]);
            Notifications.success(getTranslation("users.saved"));
            if (!chosen.getLanguage().equals(AppLocales.supported(getLocale()).getLanguage())) {
                LocaleSelection.switchTo(chosen); // the screens follow the language chosen for the mails
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.name");
    }
}
