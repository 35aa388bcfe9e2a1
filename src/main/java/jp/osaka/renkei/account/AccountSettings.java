package jp.osaka.renkei.account;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * アカウント設定: what a user sets for themselves (address, language, optional mails), with the account's
 * version for the optimistic check when they save.
 */
public record AccountSettings(long version, @Nullable String email, Locale language, boolean mailPublished,
        boolean mailDueSoon) {

    static AccountSettings of(AppUser user) {
        return new AccountSettings(user.getVersion(), user.getEmail(), user.getLanguage(),
                user.wantsMailOnPublished(), user.wantsMailOnDueSoon());
    }

    /** What changed besides the address, for the audit log (e.g. "language ja → en"); empty when nothing did. */
    String mailChanges(AccountSettings after) {
        StringBuilder changes = new StringBuilder();
        change(changes, "language", language.getLanguage(), after.language.getLanguage());
        change(changes, "mail_published", mailPublished, after.mailPublished);
        change(changes, "mail_due_soon", mailDueSoon, after.mailDueSoon);
        return changes.toString();
    }

    private static void change(StringBuilder changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.append(changes.isEmpty() ? "" : ", ").append(what).append(' ').append(before).append(" → ")
                    .append(after);
        }
    }
}
