package jp.osaka.renkei.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

import jp.osaka.renkei.base.DatabaseErrors;
import jp.osaka.renkei.base.security.RenkeiPrincipal;
import jp.osaka.renkei.base.security.RenkeiUser;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Ends a signed-in session at its next request once an administrator has disabled the account, reset its
 * password or changed its role or ward, or the user changed their password elsewhere, or the session's row in
 * user_session was deleted (sign out everywhere, an administrator's すべてのセッションを終了, the session limit).
 * The request then goes on as an anonymous one: a page is sent to the login, Vaadin answers its client that the
 * session expired. The check reads the database only when something that could end a session changed, and once a
 * minute ({@link SessionCheck}); the first request after a sign-in writes the row ({@link SignedInSessions#start}).
 */
final class SessionCheckFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionCheckFilter.class);

    private final UserAccountService accounts;
    private final SignedInSessions sessions;
    private final SessionCheck checks;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SessionCheckFilter(UserAccountService accounts, SignedInSessions sessions, SessionCheck checks,
            SecurityContextHolderStrategy strategy) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.checks = checks;
        this.strategy = strategy;
        logout.setSecurityContextHolderStrategy(strategy);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = strategy.getContext().getAuthentication();
        RenkeiUser user = RenkeiPrincipal.of(authentication);
        if (user != null && !mayContinue(request, user)) {
            log.info("Ended a session of '{}': signed out elsewhere, or account disabled or its password, role or ward"
                    + " changed", user.username());
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the account still allows the session. With the database out of reach the request goes on
     * unchecked: it can read or change nothing then either, and the app's own handling tells the user that
     * the database cannot be reached, where an error here would end in a bare error response.
     */
    private boolean mayContinue(HttpServletRequest request, RenkeiUser user) {
        try {
            HttpSession session = request.getSession(false);
            if (session == null) {
                return accounts.sessionMayContinue(user); // signed in without a session: nothing recorded
            }
            SessionRecord record = SessionRecord.of(session);
            if (record != null && record.userId() == user.id()) {
                return checks.mayContinue(session, record.id(), user);
            }
            synchronized (WebUtils.getSessionMutex(session)) {
                return recordSignIn(request, session, user);
            }
        } catch (RuntimeException e) {
            if (DatabaseErrors.unreachable(e)) {
                return true;
            }
            throw e;
        }
    }

    /** The first request after a sign-in (of any kind): the session gets its row, unless a parallel one did it. */
    private boolean recordSignIn(HttpServletRequest request, HttpSession session, RenkeiUser user) {
        SessionRecord record = SessionRecord.of(session);
        if (record != null && record.userId() == user.id()) {
            return checks.mayContinue(session, record.id(), user);
        }
        if (record != null) {
            sessions.end(record.id()); // another user signed in within this session
        }
        String id = sessions.start(user, request.getRemoteAddr(), Browsers.describe(request.getHeader("User-Agent")));
        session.setAttribute(SessionRecord.ATTRIBUTE, new SessionRecord(id, user.id()));
        return true;
    }
}
