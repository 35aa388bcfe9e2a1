package jp.osaka.renkei.base.security;

import jp.osaka.renkei.base.DomainException;

/**
 * What a password chosen by a user must be: long enough, not the user name. Long passphrases
 * (with spaces, in Japanese too) are welcome; there is no rule about character classes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new DomainException("password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new DomainException("password.tooLong", MAX_LENGTH);
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new DomainException("password.isUsername");
        }
    }
}
