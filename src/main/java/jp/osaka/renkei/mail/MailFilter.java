package jp.osaka.renkei.mail;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What 送信履歴 filters by; null or blank means "any".
 *
 * @param text part of the address, the user (name or display name) or the subject
 */
public record MailFilter(@Nullable MailStatus status, @Nullable MailKind kind, @Nullable Long wardId, String text) {

    public static MailFilter none() {
        return new MailFilter(null, null, null, "");
    }

    public MailFilter withStatus(@Nullable MailStatus status) {
        return new MailFilter(status, kind, wardId, text);
    }

    /** The text as a LIKE pattern with '!' as escape, or "" for any. */
    String pattern() {
        String plain = text.strip().toLowerCase(Locale.ROOT);
        return plain.isEmpty() ? ""
                : "%" + plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
