package jp.osaka.renkei.base.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.DomainException;

/**
 * What a password chosen by a user must be: long enough, not the user name, not one of the common
 * passwords that attackers try first. Long passphrases (with spaces, in Japanese too) are welcome;
 * there is no rule about character classes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

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
        if (isCommon(password)) {
            throw new DomainException("password.common");
        }
    }

    /** Whether the password, in any case, is on the list of common passwords. */
    static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** Read on first use (about 20,000 entries), then kept. */
    private static final class Common {

        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS),
                    COMMON_PASSWORDS); var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return lines.lines().filter(line -> !line.isEmpty() && !line.startsWith("# "))
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
