package jp.osaka.renkei.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.DomainException;

/**
 * What a password chosen by a user must be: long enough, not containing the user's login or name, not one of
 * the common passwords that attackers try first. Long passphrases (with spaces, in Japanese too) are welcome;
 * there is no rule about character classes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** Shorter parts of a login or name are not looked for: they would refuse too many good passphrases. */
    static final int MIN_NAME_PART = 3;

    /** Refuses with a {@link DomainException} whose key says why; every password the policy lets through works. */
    public static void check(String password, String username, String displayName) {
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
        if (containsName(password, username, displayName)) {
            throw new DomainException("password.containsName");
        }
        if (isCommon(password)) {
            throw new DomainException("password.common");
        }
    }

    /**
     * Whether the password holds the login, the display name or a word of it (ASVS 6.2.11: context-specific
     * words), in any case and width (ｔａｒｏ is taro), whatever spaces stand in either (北区 担当 is 北区担当).
     */
    static boolean containsName(String password, String username, String displayName) {
        String text = comparable(password);
        List<String> parts = new ArrayList<>(List.of(username, displayName));
        parts.addAll(List.of(Normalizer.normalize(displayName, Normalizer.Form.NFKC).strip().split("\\s+")));
        return parts.stream().map(PasswordPolicy::comparable)
                .filter(part -> part.codePointCount(0, part.length()) >= MIN_NAME_PART).anyMatch(text::contains);
    }

    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
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
