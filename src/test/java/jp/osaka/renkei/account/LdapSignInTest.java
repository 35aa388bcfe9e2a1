package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.PlainHttp;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.security.VaadinHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The login form against a real LDAP server (UnboundID in this JVM) with the demo directory's people. */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LdapSignInTest {

    static final String PASSWORD = "directory-demo";
    static final InMemoryDirectory DIRECTORY = InMemoryDirectory.start(0);

    @DynamicPropertySource
    static void ldap(DynamicPropertyRegistry registry) {
        registry.add("renkei.directory.ldap.url", DIRECTORY::url);
        registry.add("renkei.directory.ldap.base", () -> InMemoryDirectory.BASE);
        registry.add("renkei.directory.ldap.user-dn-pattern", () -> "uid={0},ou=people");
        registry.add("renkei.directory.ldap.group-search-base", () -> "ou=groups");
        // a back-off that no slow test machine outlasts between two requests (the clock here is the real one)
        registry.add("renkei.security.back-off-first", () -> "10m");
        registry.add("renkei.security.back-off-max", () -> "10m");
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    AuditLog audit;

    @Test
    void aWardOfficePersonOfTheDirectorySignsInWithRoleAndWardFromTheirGroups() {
        new VaadinHttp(port).signIn("dir-kita-office", PASSWORD);

        RenkeiUser user = accounts.findByUsername("dir-kita-office").orElseThrow();
        assertThat(user.role()).isEqualTo(Role.WARD_OFFICE);
        assertThat(user.wardId()).isEqualTo(1L);
        assertThat(user.displayName()).isEqualTo("北区役所 山田");
        assertThat(summary("dir-kita-office").email()).isEqualTo("dir-kita-office@example.org");
        assertThat(byActor("dir-kita-office", AuditAction.SIGN_IN)).isNotEmpty();
    }

    /** Wrong directory passwords through the form are audited and start the same back-off as a Renkei password's. */
    @Test
    void aWrongDirectoryPasswordIsRefusedAuditedAndMakesTheAccountWaitNotLocked() {
        new VaadinHttp(port).signIn("dir-viewer", PASSWORD);

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = new VaadinHttp(port).postLogin("dir-viewer", "wrong-" + i);
            assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        HttpResponse<String> waits = new VaadinHttp(port).postLogin("dir-viewer", PASSWORD);
        assertThat(waits.headers().firstValue("Location").orElse("")).contains("/login?error=wait&seconds=");

        assertThat(byActor("dir-viewer", AuditAction.SIGN_IN_FAILED)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(byActor("dir-viewer", AuditAction.SIGN_IN_THROTTLED)).hasSize(1);
        UserSummary waiting = summary("dir-viewer");
        assertThat(waiting.waiting()).isTrue();
        SystemActor.run(() -> administration.unlock(waiting.id(), waiting.version()));
        new VaadinHttp(port).signIn("dir-viewer", PASSWORD);
    }

    @Test
    void aPersonWithoutARenkeiGroupIsRefusedWithTheReasonAndAudited() {
        HttpResponse<String> refused = new VaadinHttp(port).postLogin("dir-unmapped", PASSWORD);

        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error=no-role");
        assertThat(audit("dir-unmapped", AuditAction.SIGN_IN_REFUSED)).extracting(AuditEntry::getDetail)
                .anySatisfy(detail -> assertThat(detail).startsWith("NO_ROLE groups=[staff]"));
        assertThat(byActor("dir-unmapped", AuditAction.SIGN_IN_FAILED)).as("no wrong password").isEmpty();
        assertThat(accounts.findByUsername("dir-unmapped")).isEmpty();
    }

    @Test
    void aPersonMovedToAnotherGroupGetsTheNewRoleAtTheNextSignInAndTheOldSessionEnds() {
        VaadinHttp before = new VaadinHttp(port).signIn("dir-kita-room", PASSWORD);
        assertThat(before.open("")).isTrue();
        assertThat(accounts.findByUsername("dir-kita-room").orElseThrow().role()).isEqualTo(Role.SUPPORT_ROOM);
        DIRECTORY.move("dir-kita-room", "renkei-support-room", "renkei-ward-office");
        try {
            new VaadinHttp(port).signIn("dir-kita-room", PASSWORD);

            RenkeiUser moved = accounts.findByUsername("dir-kita-room").orElseThrow();
            assertThat(moved.role()).isEqualTo(Role.WARD_OFFICE);
            assertThat(moved.wardId()).isEqualTo(1L);
            assertThat(audit("dir-kita-room", AuditAction.ROLE_CHANGED)).isNotEmpty();
            HttpResponse<String> answer = before.navigate("results");
            assertThat(VaadinHttp.sessionExpired(answer)).as(answer.body()).isTrue();
            assertThat(PlainHttp.redirectPath(before.get("/results"))).isEqualTo("/login");
        } finally {
            DIRECTORY.move("dir-kita-room", "renkei-ward-office", "renkei-support-room");
        }
    }

    @Test
    void aPersonDisabledInRenkeiIsRefusedThoughTheDirectoryAcceptsThePassword() {
        new VaadinHttp(port).signIn("dir-admin", PASSWORD);
        UserSummary user = summary("dir-admin");
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        HttpResponse<String> refused = new VaadinHttp(port).postLogin("dir-admin", PASSWORD);

        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error=disabled");
        assertThat(audit("dir-admin", AuditAction.SIGN_IN_REFUSED)).isNotEmpty();
    }

    @Test
    void localAccountsStillSignInWithTheirRenkeiPassword() {
        new VaadinHttp(port).signIn("ward-kita", "demo");

        HttpResponse<String> wrong = new VaadinHttp(port).postLogin("ward-kita", "wrong");
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    private UserSummary summary(String name) {
        return SystemActor.call(administration::findAll).stream().filter(u -> u.username().equals(name))
                .findFirst().orElseThrow();
    }

    private List<AuditEntry> audit(String target, AuditAction action) {
        return entries(action).stream().filter(e -> e.getTarget().equals(target)).toList();
    }

    private List<AuditEntry> byActor(String actor, AuditAction action) {
        return entries(action).stream().filter(e -> e.getActor().equals(actor)).toList();
    }

    private List<AuditEntry> entries(AuditAction action) {
        return SystemActor.call(() -> audit.find(new AuditFilter(action, null, null, null), 0, 1000));
    }
}
