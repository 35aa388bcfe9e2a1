package jp.osaka.renkei.base.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user behind the current request, for services that scope data to a ward. */
@Component
public class CurrentUser {

    private final AccountLookup accounts;

    CurrentUser(AccountLookup accounts) {
        this.accounts = accounts;
    }

    public Optional<RenkeiUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        RenkeiUser user = RenkeiPrincipal.of(authentication);
        if (user != null) {
            return Optional.of(user);
        }
        // e.g. a test's @WithMockUser, or the system acting as administrator: look the name up.
        return accounts.findByUsername(authentication.getName());
    }

    /** The signed-in user; refuses when there is none (services call this before reading ward data). */
    public RenkeiUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
