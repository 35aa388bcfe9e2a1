package jp.osaka.renkei.account;

import jp.osaka.renkei.base.security.RenkeiPrincipal;
import jp.osaka.renkei.base.security.RenkeiUser;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An OpenID Connect user mapped to its Renkei user: the authorities are the Renkei role's, and the name is the
 * Renkei user name, so the audit, the sign-in log and every {@link RenkeiPrincipal} reader see the Renkei user.
 */
final class OidcSignInUser extends DefaultOidcUser implements RenkeiPrincipal {

    private final RenkeiUser user;

    OidcSignInUser(OidcUser oidcUser, RenkeiUser user) {
        super(user.getAuthorities(), oidcUser.getIdToken(),
                oidcUser.getUserInfo());
        this.user = user;
    }

    @Override
    public RenkeiUser renkeiUser() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
