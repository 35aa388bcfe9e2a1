package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.ui.LanguageSwitch;
import jp.osaka.renkei.base.ui.UserBarItems;

/** The banner's buttons for the user's own account: language (saved, so that mails follow it), settings, password. */
@org.springframework.stereotype.Component
class AccountBarItems implements UserBarItems {

    private final UserAccountService accounts;

    AccountBarItems(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Component> create() {
        return List.of(new LanguageSwitch(accounts::chooseOwnLanguage),
                button("account.title", VaadinIcon.COG, "account-settings", AccountView.class),
                button("password.title", VaadinIcon.KEY, "change-password", ChangePasswordView.class));
    }

    private static Button button(String title, VaadinIcon icon, String id, Class<? extends Component> view) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(title);
        Button button = new Button(text, new Icon(icon), e -> ui.navigate(view));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setId(id);
        button.getElement().setAttribute("title", text);
        return button;
    }
}
