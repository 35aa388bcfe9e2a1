package jp.osaka.renkei.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.Filter;

import jp.osaka.renkei.account.ui.LoginView;
import jp.osaka.renkei.base.security.SignInSetup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** This module's part of base's filter chain: the login view, the sign-ins, the check of signed-in sessions. */
@Component
class AccountSignIn implements SignInSetup {

    private final UserAccountService accounts;
    private final SignedInSessions sessions;
    private final SessionCheck checks;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;
    private final AuthenticationManager passwords;
    private final OidcSignIn oidc;

    AccountSignIn(UserAccountService accounts, SignedInSessions sessions, SessionCheck checks,
            ObjectProvider<SecurityContextHolderStrategy> strategies, AuthenticationManager passwords, OidcSignIn oidc) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.checks = checks;
        this.strategies = strategies;
        this.passwords = passwords;
        this.oidc = oidc;
    }

    @Override
    public VaadinSecurityConfigurer signInAndOut(VaadinSecurityConfigurer vaadin) {
        return oidc.logout(vaadin.loginView(LoginView.class));
    }

    @Override
    public AuthenticationManager passwordSignIn() {
        return passwords;
    }

    @Override
    public Filter sessionCheck() {
        return new SessionCheckFilter(accounts, sessions, checks, SignedInSession.strategy(strategies));
    }

    @Override
    public void addSignIns(HttpSecurity http) throws Exception {
        oidc.configure(http);
    }
}
