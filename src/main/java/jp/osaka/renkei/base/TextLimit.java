package jp.osaka.renkei.base;

import org.jspecify.annotations.Nullable;

/**
 * The length limit of a text column, counted as MariaDB and MySQL count {@code VARCHAR(n)} in utf8mb4: in characters
 * (code points), so that 𠮷 or an emoji counts one and a combining mark counts one of its own. H2 counts UTF-16
 * units instead; changelog 039 gives its columns room for that (docs/security.md, "Lengths the database limits").
 */
public final class TextLimit {

    private TextLimit() {
    }

    /** The length as the database counts it. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether the text (none fits) is at most {@code limit} characters long. */
    public static boolean fits(@Nullable String text, int limit) {
        return text == null || length(text) <= limit;
    }

    /** The first {@code limit} characters, for a text from elsewhere (a directory) that is shown, not typed here. */
    public static String cut(String text, int limit) {
        return fits(text, limit) ? text : text.substring(0, text.offsetByCodePoints(0, limit));
    }

    /**
     * Refuses a text over {@code limit} characters with the message key (which names the field; its argument is the
     * limit), before the database would refuse it with an error the user cannot read; returns the text.
     */
    public static <T extends @Nullable String> T check(T text, int limit, String messageKey) {
        if (!fits(text, limit)) {
            throw new DomainException(messageKey, limit);
        }
        return text;
    }
}
