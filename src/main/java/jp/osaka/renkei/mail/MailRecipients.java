package jp.osaka.renkei.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.osaka.renkei.account.MailContact;
import jp.osaka.renkei.account.MailContacts;
import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who gets a mail. For a ward's respondent: each enabled user of the ward and role with an address, in their
 * language; the ward's mailbox for the role, in Japanese, when one of those users has no address or there is no
 * such user. Optional kinds skip users who turned them off (and bring no mailbox for them). No address twice.
 */
@Component
class MailRecipients {

    private final MailContacts contacts;

    MailRecipients(MailContacts contacts) {
        this.contacts = contacts;
    }

    /** One address to write to: a user's own (with their name), or a ward's mailbox (no user). */
    record Recipient(String address, @Nullable String username, @Nullable String displayName, Locale language) {
    }

    List<Recipient> ofWard(Ward ward, Role role, MailKind kind) {
        return ofWard(ward, role, kind, contacts.ofWard(ward.getId(), role));
    }

    /** Every ward's users of both ward roles, read once, for a mail to many wards (no query per ward). */
    Roster roster() {
        return new Roster(Map.of(Role.WARD_OFFICE, contacts.ofRoleByWard(Role.WARD_OFFICE),
                Role.SUPPORT_ROOM, contacts.ofRoleByWard(Role.SUPPORT_ROOM)));
    }

    /** The users of each ward role by ward id, as {@link #roster()} read them. */
    record Roster(Map<Role, Map<Long, List<MailContact>>> users) {

        List<Recipient> ofWard(Ward ward, Role role, MailKind kind) {
            return MailRecipients.ofWard(ward, role, kind,
                    users.getOrDefault(role, Map.of()).getOrDefault(ward.getId(), List.of()));
        }
    }

    private static List<Recipient> ofWard(Ward ward, Role role, MailKind kind, List<MailContact> users) {
        List<Recipient> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean mailbox = users.isEmpty();
        for (MailContact user : users) {
            if (!wants(user, kind)) {
                continue;
            }
            if (user.email() == null) {
                mailbox = true;
            } else {
                add(found, seen, of(user, user.email()));
            }
        }
        if (mailbox) {
            ward.mailbox(role).ifPresent(address -> add(found, seen,
                    new Recipient(address, null, null, AppLocales.JAPANESE)));
        }
        return found;
    }

    /** The user, when enabled, with an address of their own, and wanting the kind. */
    Optional<Recipient> ofUser(String username, MailKind kind) {
        return contacts.of(username).filter(user -> user.email() != null && wants(user, kind))
                .map(user -> of(user, user.email()));
    }

    private static Recipient of(MailContact user, String address) {
        return new Recipient(address, user.username(), user.displayName(), AppLocales.supported(user.language()));
    }

    private static boolean wants(MailContact user, MailKind kind) {
        return switch (kind) {
            case ROUND_PUBLISHED -> user.wantsPublished();
            case ACTION_DUE_SOON -> user.wantsDueSoon();
            default -> !kind.optional();
        };
    }

    private static void add(List<Recipient> found, Set<String> seen, Recipient recipient) {
        if (seen.add(recipient.address().toLowerCase(Locale.ROOT))) {
            found.add(recipient);
        }
    }
}
