package jp.osaka.renkei.account;

/** How an account signs in: with a Renkei password, or through the city's directory (OpenID Connect or LDAP). */
public enum SignInMethod {
    LOCAL,
    DIRECTORY;

    public String messageKey() {
        return "signIn." + name();
    }
}
