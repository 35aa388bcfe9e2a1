package jp.osaka.renkei.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import jp.osaka.renkei.base.DatabaseErrors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request once an administrator has disabled the account, reset its
 * password or changed its role or ward, or the user changed their password elsewhere. The request then goes
 * on as an anonymous one: a page is sent to the login, Vaadin answers its client that the session expired.
 * One read of the user by id per request of a signed-in session.
 */
final class SessionCheckFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionCheckFilter.class);

    private final UserAccountService accounts;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SessionCheckFilter(UserAccountService accounts, SecurityContextHolderStrategy strategy) {
        this.accounts = accounts;
        this.strategy = strategy;
        logout.setSecurityContextHolderStrategy(strategy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = strategy.getContext().getAuthentication();
        RenkeiUser user = RenkeiPrincipal.of(authentication);
        if (user != null && !mayContinue(user)) {
            log.info("Ended a session of '{}': account disabled or its password, role or ward changed", user.username());
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account still allows the session. With the database out of reach the request goes on
     * unchecked: it can read or change nothing then either, and the app's own handling tells the user that
     * the database cannot be reached, where an error here would end in a bare error response.
     */
    private boolean mayContinue(RenkeiUser user) {
        try {
            return accounts.sessionMayContinue(user);
        } catch (RuntimeException e) {
            if (DatabaseErrors.unreachable(e)) {
                return true;
            }
            throw e;
        }
    }
}
