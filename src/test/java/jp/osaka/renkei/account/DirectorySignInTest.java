package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.DirectorySignInRefused.Reason;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** People the directory vouches for: created at first sign-in, moved when their groups move, refused and audited. */
@DemoDataTest
class DirectorySignInTest {

    @Autowired
    DirectorySignIn directory;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    AuditLog audit;

    @Test
    void aMappedPersonGetsADirectoryAccountWithRoleAndWardFromTheirGroupsAtTheFirstSignIn() {
        RenkeiUser user = directory.signIn(person("dir-new", "renkei-ward-office", "renkei-ward-kita"));

        assertThat(user.role()).isEqualTo(Role.WARD_OFFICE);
        assertThat(user.wardId()).isEqualTo(1L);
        assertThat(user.displayName()).isEqualTo("dir-new さん");
        UserSummary summary = summary("dir-new");
        assertThat(summary.email()).isEqualTo("dir-new@example.org");
        assertThat(entries("dir-new", AuditAction.USER_CREATED)).extracting(AuditEntry::getDetail)
                .containsExactly("WARD_OFFICE ward=1 (directory)");
        assertThatThrownBy(() -> accounts.loadUserByUsername("dir-new"))
                .as("a directory account has no Renkei password").isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theWardMayComeAsItsCodeAndGroupsCompareWithoutCase() {
        RenkeiUser user = directory.signIn(person("dir-code", "Renkei-Support-Room", "RENKEI-WARD-271021"));

        assertThat(user.role()).isEqualTo(Role.SUPPORT_ROOM);
        assertThat(user.wardId()).isEqualTo(2L);
    }

    @Test
    void aPersonWhoseGroupsChangedGetsTheNewRoleAtTheNextSignInAudited() {
        RenkeiUser first = directory.signIn(person("dir-moved", "renkei-ward-office", "renkei-ward-kita"));
        RenkeiUser second = directory.signIn(person("dir-moved", "renkei-admin"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.role()).isEqualTo(Role.CITY_ADMIN);
        assertThat(second.wardId()).isNull();
        assertThat(entries("dir-moved", AuditAction.ROLE_CHANGED)).extracting(AuditEntry::getDetail)
                .containsExactly("WARD_OFFICE ward=1 → CITY_ADMIN (directory)");
        assertThat(accounts.sessionMayContinue(first)).as("the session of the old role ends").isFalse();
    }

    @Test
    void aPersonWithoutAMappedGroupIsRefusedAuditedAndGetsNoAccount() {
        assertRefused(person("dir-unmapped-test", "staff", "renkei-ward-kita"), Reason.NO_ROLE);

        assertThat(SystemActor.call(administration::findAll)).extracting(UserSummary::username)
                .doesNotContain("dir-unmapped-test");
        assertThat(entries("dir-unmapped-test", AuditAction.SIGN_IN_REFUSED)).extracting(AuditEntry::getDetail)
                .containsExactly("NO_ROLE groups=[renkei-ward-kita, staff]");
    }

    @Test
    void aWardRoleNeedsExactlyOneKnownWard() {
        assertRefused(person("dir-noward", "renkei-ward-office"), Reason.NO_WARD);
        assertRefused(person("dir-badward", "renkei-ward-office", "renkei-ward-atlantis"), Reason.UNKNOWN_WARD);
        assertRefused(person("dir-twowards", "renkei-ward-office", "renkei-ward-kita", "renkei-ward-miyakojima"),
                Reason.AMBIGUOUS_WARD);
    }

    @Test
    void anAccountDisabledInRenkeiIsRefusedWhateverTheDirectorySays() {
        directory.signIn(person("dir-disabled", "renkei-viewer"));
        UserSummary user = summary("dir-disabled");
        SystemActor.call(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        assertRefused(person("dir-disabled", "renkei-admin"), Reason.DISABLED);
        assertThat(summary("dir-disabled").role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void aLocalAccountsLoginCannotBeTakenOverThroughTheDirectory() {
        assertRefused(person("admin", "renkei-admin"), Reason.LOCAL_ACCOUNT);
        assertThat(accounts.loadUserByUsername("admin").role()).isEqualTo(Role.CITY_ADMIN);
    }

    @Test
    void anotherIdentityWithTheSameLoginIsRefused() {
        directory.signIn(person("dir-twin", "renkei-viewer"));

        assertRefused(new DirectoryIdentity("oidc:other#dir-twin", "dir-twin", "", null, Set.of("renkei-admin"),
                Map.of()), Reason.INVALID_LOGIN);
    }

    private static DirectoryIdentity person(String login, String... groups) {
        return new DirectoryIdentity("test:" + login, login, login + " さん", login + "@example.org", Set.of(groups),
                Map.of());
    }

    private void assertRefused(DirectoryIdentity identity, Reason reason) {
        assertThatThrownBy(() -> directory.signIn(identity)).isInstanceOf(DirectorySignInRefused.class)
                .extracting(e -> ((DirectorySignInRefused) e).reason()).isEqualTo(reason);
        assertThat(entries(identity.login(), AuditAction.SIGN_IN_REFUSED)).isNotEmpty();
    }

    private UserSummary summary(String username) {
        return SystemActor.call(administration::findAll).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
    }

    private List<AuditEntry> entries(String target, AuditAction action) {
        return SystemActor.call(() -> audit.find(new AuditFilter(action, null, null, null), 0, 1000))
                .stream().filter(e -> e.getTarget().equals(target)).toList();
    }
}
