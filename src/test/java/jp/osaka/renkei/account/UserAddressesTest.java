package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users' addresses as the bureau sets them and each user sets their own, with language and mail choices; audited. */
@DemoDataTest
class UserAddressesTest {

    @Autowired
    UserAdministrationService administration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuditLog audit;

    @Test
    void theBureauCreatesAUserWithANormalisedAddressAndARefusedAddressCreatesNoUser() {
        SystemActor.call(() -> administration.create("mail-new", "北区 新任", Role.WARD_OFFICE, 1L,
                " Mail.New@Example.ORG "));
        assertThat(summary("mail-new").email()).isEqualTo("Mail.New@example.org");

        assertThatThrownBy(() -> SystemActor.call(() -> administration.create("mail-bad", "北区 誤記",
                Role.WARD_OFFICE, 1L, "mail-bad@example"))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("email.invalid");
        assertThat(SystemActor.call(administration::findAll)).extracting(UserSummary::username)
                .doesNotContain("mail-bad");
    }

    @Test
    void aChangedAddressIsAuditedOldToNewBesidesTheUserChangeAndAnUnchangedOneIsNot() {
        UserSummary user = created("mail-change", null);

        UserSummary changed = SystemActor.call(() -> administration.update(user.id(), user.version(),
                user.displayName(), user.role(), user.wardId(), true, "mail-change@example.org"));
        assertThat(changed.email()).isEqualTo("mail-change@example.org");
        assertThat(entries("mail-change", AuditAction.EMAIL_CHANGED)).extracting(AuditEntry::getDetail)
                .containsExactly("（なし） → mail-change@example.org");
        assertThat(entries("mail-change", AuditAction.USER_UPDATED)).hasSize(1);

        SystemActor.call(() -> administration.update(changed.id(), changed.version(), "名前だけ変更",
                changed.role(), changed.wardId(), true, "mail-change@example.org"));
        assertThat(entries("mail-change", AuditAction.EMAIL_CHANGED)).hasSize(1);
        assertThat(entries("mail-change", AuditAction.USER_UPDATED)).hasSize(2);
    }

    @Test
    void theBureauCannotOverwriteAnAddressChangedSinceItWasRead() {
        UserSummary read = created("mail-stale", "mail-stale@example.org");
        UserSummary first = SystemActor.call(() -> administration.update(read.id(), read.version(),
                read.displayName(), read.role(), read.wardId(), true, "first@example.org"));

        assertThatThrownBy(() -> SystemActor.call(() -> administration.update(read.id(), read.version(),
                read.displayName(), read.role(), read.wardId(), true, "second@example.org")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("user.stale");
        assertThat(summary("mail-stale").email()).isEqualTo(first.email()).isEqualTo("first@example.org");
    }

    @Test
    void aUserSavesTheirOwnAddressLanguageAndMailChoicesAndEachChangeIsAudited() {
        created("mail-own", null);
        RenkeiUser me = accounts.loadUserByUsername("mail-own");
        AccountSettings read = RunAs.call(me, accounts::ownSettings);
        assertThat(read.email()).isNull();
        assertThat(read.language()).isEqualTo(Locale.JAPANESE);
        assertThat(read.mailPublished()).isTrue();
        assertThat(read.mailDueSoon()).isTrue();

        AccountSettings saved = RunAs.call(me, () -> accounts.saveOwnSettings(
                new AccountSettings(read.version(), "mail-own@Example.org", Locale.ENGLISH, false, true)));

        assertThat(saved).isEqualTo(RunAs.call(me, accounts::ownSettings));
        assertThat(saved.email()).isEqualTo("mail-own@example.org");
        assertThat(saved.language()).isEqualTo(Locale.ENGLISH);
        assertThat(saved.mailPublished()).isFalse();
        assertThat(saved.mailDueSoon()).isTrue();
        assertThat(entries("mail-own", AuditAction.EMAIL_CHANGED)).extracting(AuditEntry::getActor, AuditEntry::getDetail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mail-own", "（なし） → mail-own@example.org"));
        assertThat(entries("mail-own", AuditAction.MAIL_SETTINGS_CHANGED)).extracting(AuditEntry::getDetail)
                .containsExactly("language ja → en, mail_published true → false");
    }

    @Test
    void aUsersOwnSaveIsRefusedWhenTheAccountChangedSinceItWasReadAndNothingOfItIsSaved() {
        UserSummary user = created("mail-own-stale", null);
        RenkeiUser me = accounts.loadUserByUsername("mail-own-stale");
        AccountSettings read = RunAs.call(me, accounts::ownSettings);
        SystemActor.call(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), true, "bureau@example.org"));

        assertThatThrownBy(() -> RunAs.call(me, () -> accounts.saveOwnSettings(
                new AccountSettings(read.version(), "mine@example.org", Locale.ENGLISH, false, false))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("user.stale");
        AccountSettings now = RunAs.call(me, accounts::ownSettings);
        assertThat(now.email()).isEqualTo("bureau@example.org");
        assertThat(now.language()).isEqualTo(Locale.JAPANESE);
        assertThat(entries("mail-own-stale", AuditAction.MAIL_SETTINGS_CHANGED)).isEmpty();
    }

    @Test
    void aUsersOwnInvalidAddressIsRefusedAndTheOtherChoicesAreNotSavedEither() {
        created("mail-own-bad", "kept@example.org");
        RenkeiUser me = accounts.loadUserByUsername("mail-own-bad");
        AccountSettings read = RunAs.call(me, accounts::ownSettings);

        assertThatThrownBy(() -> RunAs.call(me, () -> accounts.saveOwnSettings(
                new AccountSettings(read.version(), "not an address", Locale.ENGLISH, false, false))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("email.invalid");
        assertThat(RunAs.call(me, accounts::ownSettings)).isEqualTo(read);
    }

    @Test
    void theLanguageSwitchSavesTheLanguageToTheSignedInUsersAccountOnly() {
        created("mail-lang", null);
        RenkeiUser me = accounts.loadUserByUsername("mail-lang");

        RunAs.call(me, () -> {
            accounts.chooseOwnLanguage(Locale.ENGLISH);
            return null;
        });

        assertThat(RunAs.call(me, accounts::ownSettings).language()).isEqualTo(Locale.ENGLISH);
        assertThat(RunAs.call(accounts.loadUserByUsername("viewer"), accounts::ownSettings).language())
                .isEqualTo(Locale.JAPANESE);
    }

    private UserSummary created(String username, String email) {
        SystemActor.call(() -> administration.create(username, username, Role.VIEWER, null, email));
        return summary(username);
    }

    private UserSummary summary(String username) {
        return SystemActor.call(() -> administration.findAll().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
    }

    private List<AuditEntry> entries(String target, AuditAction action) {
        return SystemActor.call(() -> audit.find(new AuditFilter(action, null, null, null), 0, 1000)).stream()
                .filter(entry -> entry.getTarget().equals(target)).toList();
    }
}
