package jp.osaka.renkei.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * A user who signed in with a one-time password (new account, reset) sees only パスワード変更 until
 * they have chosen their own password.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserAccountService accounts;

    PasswordChangeGuard(CurrentUser currentUser, UserAccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    /**
     * Error pages show no data and are let through: otherwise, with the database out of reach, this
     * check's own query failed on the way to the error page too, and the user got Vaadin's bare error.
     */
    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class
                || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        currentUser.find().filter(user -> accounts.mustChangePassword(user.username()))
                .ifPresent(user -> event.rerouteTo(ChangePasswordView.class));
    }
}
