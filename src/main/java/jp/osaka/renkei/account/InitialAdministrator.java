package jp.osaka.renkei.account;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.StartupData;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a new installation (no user at all), creates the first administrator from ADMIN_USERNAME and
 * ADMIN_PASSWORD, so that a production database never needs a hand-written INSERT.
 */
@Component
@Order(30) // after the demo data (DemoData), which brings its own users
class InitialAdministrator implements StartupData {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String DISPLAY_NAME = "管理者";

    private final UserAccountService accounts;
    private final InitialAdminProperties admin;

    InitialAdministrator(UserAccountService accounts, InitialAdminProperties admin) {
        this.accounts = accounts;
        this.admin = admin;
    }

    @Override
    public void load() {
        if (!accounts.noUsers()) {
            return;
        }
        String username = admin.username();
        String password = admin.password();
        if (username.isBlank() || password.isBlank()) {
            log.warn("No user exists yet, so nobody can sign in. Set ADMIN_USERNAME and ADMIN_PASSWORD and restart:"
                    + " the first administrator is created as the app starts.");
            return;
        }
        try {
            PasswordPolicy.check(password, username, DISPLAY_NAME);
        } catch (DomainException refused) {
            log.error("ADMIN_PASSWORD is refused by the password policy ({}), so no administrator was created: set"
                    + " a passphrase of {} to {} characters without the user name and restart.", refused.messageKey(),
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            return;
        }
        SystemActor.run(() -> accounts.create(username, DISPLAY_NAME, Role.CITY_ADMIN, null, password));
        log.info("Created the first administrator '{}'.", username);
    }
}
