package jp.osaka.renkei.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Whom a mail may reach: a user's address (if any), language and choice of the optional mails. */
public record MailContact(String username, String displayName, @Nullable String email, Locale language,
        boolean wantsPublished, boolean wantsDueSoon) {

    static MailContact of(AppUser user) {
        return new MailContact(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getLanguage(),
                user.wantsMailOnPublished(), user.wantsMailOnDueSoon());
    }
}
