package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import jp.osaka.renkei.account.PasswordPolicy;
import jp.osaka.renkei.account.SignedInSession;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.ViewToolbar;

/** パスワード変更: any user, and every user whose password was set by an administrator, before anything else. */
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordField current = PasswordReveal.labelled(new PasswordField());
    private final PasswordField next = PasswordReveal.labelled(new PasswordField());
    private final PasswordField repeat = PasswordReveal.labelled(new PasswordField());

    ChangePasswordView(CurrentUser currentUser, UserAccountService accounts, SignedInSession session) {
        addClassName("password-view");
        String username = currentUser.require().username();
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        next.setId("password-new");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                return;
            }
            try {
                session.replaceUser(accounts.changeOwnPassword(username, current.getValue(), next.getValue()));
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (DomainException error) {
                PasswordField field = error.messageKey().equals("password.current.wrong") ? current : next;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("password-save");
        add(new ViewToolbar(getTranslation("password.title")));
        if (accounts.mustChangePassword(username)) {
            Paragraph first = new Paragraph(getTranslation("password.mustChange"));
            first.setId("password-must-change");
            first.addClassName("home-reminder");
            add(first);
        }
        add(current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | " + getTranslation("app.name");
    }
}
