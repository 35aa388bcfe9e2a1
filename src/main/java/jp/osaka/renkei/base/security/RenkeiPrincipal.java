package jp.osaka.renkei.base.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * A principal that stands for a Renkei user: the user itself after a password or LDAP sign-in, or the OpenID
 * Connect user that carries the one it was mapped to. Everything after sign-in reads the user through this.
 */
public interface RenkeiPrincipal {

    RenkeiUser renkeiUser();

    /** The Renkei user of a signed-in authentication; null for anonymous or foreign principals. */
    static @Nullable RenkeiUser of(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof RenkeiPrincipal principal) {
            return principal.renkeiUser();
        }
        return null;
    }
}
