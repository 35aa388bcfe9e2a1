package jp.osaka.renkei.base.security;

import java.util.Locale;
import java.util.regex.Pattern;

import jp.osaka.renkei.base.DomainException;

import org.jspecify.annotations.Nullable;

/**
 * The one check of an e-mail address that a person types (a user's own, a ward's mailbox): local part @ domain
 * with a dot, no spaces, at most 254 characters, as SMTP relays accept. Stored trimmed, the domain in lower case.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final String NONE = "（なし）";
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddress() {
    }

    /** The address to store, or null for none (blank); a {@link DomainException} "email.invalid" otherwise. */
    public static @Nullable String normalise(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String address = typed.strip();
        if (address.length() > MAX_LENGTH || !FORM.matcher(address).matches() || address.contains("..")) {
            throw new DomainException("email.invalid", address);
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** An audit detail "old → new", （なし） for no address (the audit log's details are Japanese). */
    public static String change(@Nullable String before, @Nullable String after) {
        return (before == null ? NONE : before) + " → " + (after == null ? NONE : after);
    }

    public static boolean isValid(@Nullable String typed) {
        try {
            normalise(typed);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }
}
