package jp.osaka.renkei.account;

import jp.osaka.renkei.base.security.SignInRefused;

/**
 * The directory said yes but Renkei says no; the login page shows {@link Reason#messageKey()}. Audited as
 * SIGN_IN_REFUSED by {@link DirectorySignIn}.
 */
public class DirectorySignInRefused extends SignInRefused {

    /** Why a directory user may not sign in. */
    public enum Reason {
        /** None of the person's groups maps to a Renkei role. */
        NO_ROLE,
        /** A ward role, but the directory names no ward. */
        NO_WARD,
        /** The ward the directory names is none of Renkei's wards. */
        UNKNOWN_WARD,
        /** The directory names more than one ward. */
        AMBIGUOUS_WARD,
        /** The login is empty, too long for Renkei, or another directory identity's. */
        INVALID_LOGIN,
        /** The login belongs to a Renkei account that signs in with its own password. */
        LOCAL_ACCOUNT,
        /** The account is disabled in Renkei. */
        DISABLED;

        /** The query value of /login?error=… and, prefixed, the message key. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String messageKey() {
            return "login.error.directory." + code();
        }
    }

    private final Reason reason;

    public DirectorySignInRefused(Reason reason) {
        super("Directory sign-in refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return reason.code();
    }
}
