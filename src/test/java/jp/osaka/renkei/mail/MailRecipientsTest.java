package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.osaka.renkei.account.MailContact;
import jp.osaka.renkei.account.MailContacts;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.mail.MailRecipients.Recipient;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who gets a ward's mail: own addresses in the user's language, the ward's mailbox in Japanese when needed. */
class MailRecipientsTest {

    private static final String MAILBOX = "kita-kuyakusho@city.example.jp";

    private final MailContacts contacts = mock(MailContacts.class);
    private final MailRecipients recipients = new MailRecipients(contacts);
    private final Ward kita = mock(Ward.class);

    MailRecipientsTest() {
        when(kita.getId()).thenReturn(1L);
        when(kita.mailbox(Role.WARD_OFFICE)).thenReturn(Optional.of(MAILBOX));
        when(kita.mailbox(Role.SUPPORT_ROOM)).thenReturn(Optional.empty());
    }

    @Test
    void usersWithAddressesGetItInTheirLanguageAndTheMailboxNothing() {
        users(Role.WARD_OFFICE, user("ward-kita", "kita@city.example.jp", Locale.JAPANESE, true),
                user("ward-kita-2", "tanaka@city.example.jp", Locale.ENGLISH, true));

        assertThat(recipients.ofWard(kita, Role.WARD_OFFICE, MailKind.ROUND_OPENED)).containsExactly(
                new Recipient("kita@city.example.jp", "ward-kita", "ward-kita", Locale.JAPANESE),
                new Recipient("tanaka@city.example.jp", "ward-kita-2", "ward-kita-2", Locale.ENGLISH));
    }

    @Test
    void aUserWithoutAddressBringsTheWardMailboxInJapanese() {
        users(Role.WARD_OFFICE, user("ward-kita", "kita@city.example.jp", Locale.ENGLISH, true),
                user("ward-kita-2", null, Locale.ENGLISH, true));

        assertThat(recipients.ofWard(kita, Role.WARD_OFFICE, MailKind.REMINDER)).containsExactly(
                new Recipient("kita@city.example.jp", "ward-kita", "ward-kita", Locale.ENGLISH),
                new Recipient(MAILBOX, null, null, Locale.JAPANESE));
    }

    @Test
    void aWardWithoutUsersOfTheRoleGetsItAtItsMailboxAndWithoutMailboxNobodyDoes() {
        users(Role.WARD_OFFICE);
        users(Role.SUPPORT_ROOM);

        assertThat(recipients.ofWard(kita, Role.WARD_OFFICE, MailKind.SENT_BACK))
                .containsExactly(new Recipient(MAILBOX, null, null, Locale.JAPANESE));
        assertThat(recipients.ofWard(kita, Role.SUPPORT_ROOM, MailKind.SENT_BACK)).isEmpty();
    }

    @Test
    void noAddressGetsItTwiceWhateverItsCase() {
        users(Role.WARD_OFFICE, user("ward-kita", "Kita-Kuyakusho@city.example.jp", Locale.JAPANESE, true),
                user("ward-kita-2", "kita-kuyakusho@city.example.jp", Locale.JAPANESE, true),
                user("ward-kita-3", null, Locale.JAPANESE, true));

        assertThat(recipients.ofWard(kita, Role.WARD_OFFICE, MailKind.ROUND_OPENED)).extracting(Recipient::username)
                .containsExactly("ward-kita");
    }

    @Test
    void optionalMailsSkipUsersWhoTurnedThemOffWithoutFallingBackToTheMailbox() {
        users(Role.WARD_OFFICE, user("ward-kita", "kita@city.example.jp", Locale.JAPANESE, false),
                user("ward-kita-2", null, Locale.JAPANESE, false));

        assertThat(recipients.ofWard(kita, Role.WARD_OFFICE, MailKind.ROUND_PUBLISHED)).isEmpty();
        assertThat(recipients.ofWard(kita, Role.WARD_OFFICE, MailKind.REMINDER)).extracting(Recipient::address)
                .as("reminders always come").containsExactly("kita@city.example.jp", MAILBOX);
    }

    @Test
    void aSingleUserGetsTheirMailOnlyAtTheirOwnAddressAndOnlyWhenWanted() {
        when(contacts.of("ward-kita")).thenReturn(Optional.of(user("ward-kita", "kita@city.example.jp",
                Locale.ENGLISH, false)));
        when(contacts.of("ward-nishi")).thenReturn(Optional.of(user("ward-nishi", null, Locale.JAPANESE, true)));
        when(contacts.of("disabled")).thenReturn(Optional.empty());

        assertThat(recipients.ofUser("ward-kita", MailKind.ACTION_OVERDUE)).contains(
                new Recipient("kita@city.example.jp", "ward-kita", "ward-kita", Locale.ENGLISH));
        assertThat(recipients.ofUser("ward-kita", MailKind.ACTION_DUE_SOON)).as("turned off").isEmpty();
        assertThat(recipients.ofUser("ward-nishi", MailKind.ACCOUNT_CREATED)).as("no address").isEmpty();
        assertThat(recipients.ofUser("disabled", MailKind.PASSWORD_RESET)).isEmpty();
    }

    private void users(Role role, MailContact... users) {
        when(contacts.ofWard(1L, role)).thenReturn(List.of(users));
    }

    private static MailContact user(String username, @Nullable String email, Locale language, boolean optional) {
        return new MailContact(username, username, email, language, optional, optional);
    }
}
