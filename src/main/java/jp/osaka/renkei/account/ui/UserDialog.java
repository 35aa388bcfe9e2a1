package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.account.AppUser;
import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.EmailInput;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;

/**
 * A new user, or an existing one: name, role and ward (only for ward roles), address, enabled; reset, 待機の解除, end
 * their sessions.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<Ward> ward = new ComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final Select<SignInMethod> signIn = new Select<>();
    private final EmailInput email;
    private final UserAdministrationService users;
    private final Runnable onChange;

    UserDialog(@Nullable UserSummary user, List<Ward> wards, UserAdministrationService users,
            SignedInSessions sessions, Runnable onChange) {
        this.users = users;
        this.onChange = onChange;
        setId("user-dialog");
        setHeaderTitle(getTranslation(user == null ? "users.create" : "users.edit"));
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.helper"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        displayName.setMaxLength(AppUser.MAX_DISPLAY_NAME);
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setId("user-role-select");
        ward.setLabel(getTranslation("users.ward"));
        ward.setItems(wards);
        ward.setItemLabelGenerator(w -> w.getName().get(getLocale()));
        ward.setId("user-ward");
        role.addValueChangeListener(e -> {
            boolean wardRole = e.getValue() != null && e.getValue().wardScoped();
            ward.setEnabled(wardRole);
            ward.setRequiredIndicatorVisible(wardRole);
            if (!wardRole) {
                ward.clear();
            }
        });
        enabled.setLabel(getTranslation("users.enabled"));
        enabled.setId("user-enabled");
        email = new EmailInput(getTranslation("users.email"), user == null ? null : user.email(), "user-email");
        email.setHelperText(getTranslation("users.email.helper"));
        signIn.setLabel(getTranslation("users.signIn"));
        signIn.setItems(SignInMethod.values());
        signIn.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        signIn.setId("user-sign-in");
        FormLayout form = new FormLayout(username, displayName, role, ward, email, signIn, enabled);
        add(form);
        Button cancel = new Button(getTranslation("answer.confirm.cancel"), e -> close());
        Button save = new Button(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("user-save");
        if (user == null) {
            role.setValue(Role.WARD_OFFICE);
            enabled.setValue(true);
            enabled.setEnabled(false);
            signIn.setValue(SignInMethod.LOCAL);
            signIn.setHelperText(getTranslation("users.signIn.helper"));
            save.addClickListener(e -> act(() -> create(signIn.getValue())));
            getFooter().add(cancel, save);
        } else {
            username.setValue(user.username());
            username.setReadOnly(true);
            displayName.setValue(user.displayName());
            role.setValue(user.role());
            wards.stream().filter(w -> user.wardId() != null && w.getId() == user.wardId()).findFirst()
                    .ifPresent(ward::setValue);
            enabled.setValue(user.enabled());
            signIn.setValue(user.signIn());
            signIn.setReadOnly(true);
            boolean directory = user.signIn() == SignInMethod.DIRECTORY;
            if (directory) {
                Paragraph note = new Paragraph(getTranslation("users.directory.note"));
                note.setId("user-directory-note");
                add(note);
                role.setHelperText(getTranslation("users.directory.fromDirectory"));
                ward.setHelperText(getTranslation("users.directory.fromDirectory"));
            }
            save.addClickListener(e -> act(() -> {
                users.update(user.id(), user.version(), displayName.getValue(), role.getValue(),
                        ward.getValue() == null ? null : ward.getValue().getId(), enabled.getValue(), email.address());
                return null;
            }));
            Button reset = new Button(getTranslation("users.resetPassword"), e -> act(
                    () -> users.resetPassword(user.id(), user.version())));
            reset.setId("user-reset-password");
            reset.setVisible(!directory);
            Button unlock = new Button(getTranslation("users.endWait"), e -> act(() -> { // 待機の解除
                users.unlock(user.id(), user.version());
                return null;
            }));
            unlock.setEnabled(user.waiting());
            unlock.setId("user-unlock");
            // the account stays as it is; whoever is signed in as it must sign in again
            Button endSessions = new Button(getTranslation("users.endSessions"), e -> Notifications.success(
                    getTranslation("users.sessionsEnded", sessions.endAllOf(user.id()))));
            endSessions.setId("user-end-sessions");
            getFooter().add(reset, unlock, endSessions, cancel, save);
        }
    }

    private @Nullable String create(SignInMethod method) {
        Long wardId = ward.getValue() == null ? null : ward.getValue().getId();
        if (method == SignInMethod.DIRECTORY) {
            users.createDirectory(username.getValue().strip(), displayName.getValue(), role.getValue(), wardId,
                    email.address());
            return null;
        }
        return users.create(username.getValue().strip(), displayName.getValue(), role.getValue(), wardId,
                email.address());
    }

    /** Runs a change; a returned one-time password is shown once, to be handed to the user. */
    private void act(Supplier<@Nullable String> change) {
        if (!email.check()) {
            return; // the field says why; the dialog stays open with everything typed
        }
        String[] oneTimePassword = new String[1];
        if (StaleDialog.save("stale.what.user", () -> oneTimePassword[0] = change.get(), () -> {
            close();
            onChange.run();
        })) {
            onChange.run();
            close();
            if (oneTimePassword[0] != null) {
                new OneTimePasswordDialog(oneTimePassword[0]).open();
            } else {
                Notifications.success(getTranslation("users.saved"));
            }
        }
    }
}
