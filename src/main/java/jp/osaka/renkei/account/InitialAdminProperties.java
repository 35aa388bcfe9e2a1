package jp.osaka.renkei.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created on a start while no user exists at all (renkei.initial-admin.*, ADMIN_USERNAME
 * and ADMIN_PASSWORD); {@link InitialAdministrator}. Blank: none is created.
 *
 * @param username the administrator's user name
 * @param password their password, checked by the password policy when they are created
 */
@ConfigurationProperties("renkei.initial-admin")
public record InitialAdminProperties(@DefaultValue("") String username, @DefaultValue("") String password) {

    /** Without the password, which would otherwise appear wherever the settings are logged. */
    @Override
    public String toString() {
        return "InitialAdminProperties[username=" + username + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
