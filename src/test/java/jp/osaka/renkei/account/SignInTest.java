package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SignInThrottled;
import jp.osaka.renkei.base.security.SignInWatch;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in through Spring Security's real authentication manager, with the back-off settings changed (a wait after 3
 * failures, 2 s doubling up to 10 s) to show that they are read, a clock the test moves instead of sleeping, and
 * the password encoder watched: which stored hashes each attempt checked.
 */
@DemoDataTest
@Import(SignInWatch.class)
@TestPropertySource(properties = { "renkei.security.back-off-after=3", "renkei.security.back-off-first=2s",
        "renkei.security.back-off-max=10s" })
class SignInTest {

    private static final String PASSWORD = "しずかな湖畔の森のかげから";

    /** The manager of the login form (LdapSignIn), not AuthenticationConfiguration's global one. */
    @Autowired
    AuthenticationManager loginForm;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditLog audit;
    @Autowired
    SignInWatch.MovableClock clock;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToTheMaximumAndTheRightPasswordThenSignsIn() throws Exception {
        String name = newUser("wait-doubles");
        failThreeTimes(name);
        assertWaits(name, PASSWORD, 2);
        clock.advance(Duration.ofSeconds(1));
        assertWaits(name, PASSWORD, 1);
        assertWaits(name, "wrong again", 1); // not checked, and it does not prolong the wait

        for (long[] step : new long[][] { { 1, 4 }, { 4, 8 }, { 8, 10 }, { 10, 10 } }) { // waited, then waits
            clock.advance(Duration.ofSeconds(step[0]));
            assertThatThrownBy(() -> signIn(name, "wrong")).isInstanceOf(BadCredentialsException.class);
            assertWaits(name, PASSWORD, step[1]);
        }
        clock.advance(Duration.ofSeconds(10));
        assertThat(signIn(name, PASSWORD).getName()).isEqualTo(name);
        assertThat(users.findByUsername(name).orElseThrow().failedSignIns()).as("reset by the success").isZero();
    }

    @Test
    void anAdministratorEndsTheWaitAtOnce() throws Exception {
        String name = newUser("wait-admin");
        failThreeTimes(name);
        assertWaits(name, PASSWORD, 2);

        UserSummary waiting = summary(name);
        assertThat(waiting.waiting()).isTrue();
        SystemActor.run(() -> administration.unlock(waiting.id(), waiting.version()));

        assertThat(summary(name).waiting()).isFalse();
        assertThat(signIn(name, PASSWORD).getName()).isEqualTo(name);
        assertThat(entries(AuditAction.SIGN_IN_WAIT_ENDED, SystemActor.USERNAME)).extracting(AuditEntry::getTarget)
                .contains(name);
    }

    @Test
    void everyCheckedFailureIsInTheAuditLogAndTheStartOfTheBackOffOnceNotEveryRefusedAttempt() throws Exception {
        String name = newUser("wait-audit");
        failThreeTimes(name);
        for (int i = 0; i < 5; i++) {
            assertWaits(name, PASSWORD, 2);
        }
        clock.advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> signIn(name, "wrong")).isInstanceOf(BadCredentialsException.class);

        assertThat(entries(AuditAction.SIGN_IN_FAILED, name)).extracting(AuditEntry::getDetail)
                .containsOnly("BadCredentialsException").hasSize(4);
        List<AuditEntry> started = entries(AuditAction.SIGN_IN_THROTTLED, name);
        assertThat(started).hasSize(1);
        assertThat(started.getFirst().getTarget()).isEqualTo(name);
        assertThat(started.getFirst().getDetail()).startsWith("3 failed sign-ins in a row");
    }

    /**
     * An unknown name fails as a wrong password does, and every checked attempt, whatever the account's state,
     * checks the password against one hash of the same algorithm and cost: no answer comes sooner for a name that
     * does not exist, or for a disabled account. After three failures an unknown name waits as an account does.
     */
    @Test
    void noAnswerTellsWhetherAUserNameExists() throws Exception {
        String disabled = newUser("disabled-same");
        UserSummary user = summary(disabled);
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        List<String> outcomes = new ArrayList<>();
        for (String[] attempt : List.of(new String[] { "no-such-user", PASSWORD },
                new String[] { disabled, PASSWORD }, new String[] { newUser("wrong-same"), "wrong" })) {
            SignInWatch.CountingEncoder encoder = (SignInWatch.CountingEncoder) passwordEncoder;
            encoder.checkedHashes.clear();
            Exception failure = assertThrows(Exception.class,
                    () -> signIn(attempt[0], attempt[1]));
            assertThat(encoder.checkedHashes).as(attempt[0]).hasSize(1)
                    .allSatisfy(hash -> assertThat(hash).startsWith("{" + PasswordHashing.CURRENT + "}"));
            outcomes.add(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        assertThat(outcomes.getFirst()).isEqualTo(outcomes.getLast()).startsWith("BadCredentialsException");

        String known = newUser("wait-known");
        failThreeTimes(known);
        failThreeTimes("wait-no-such-user");
        assertWaits(known, PASSWORD, 2);
        assertWaits("wait-no-such-user", PASSWORD, 2);
    }

    @Test
    void storedHashesCarryTheirAlgorithm() {
        String name = newUser("hash-prefix");
        assertThat(hashOf(name)).startsWith("{" + PasswordHashing.CURRENT + "}");

        SystemActor.run(() -> administration.create("hash-one-time", "仮パスワード", Role.VIEWER, null, null));
        assertThat(hashOf("hash-one-time")).startsWith("{" + PasswordHashing.CURRENT + "}");

        RunAs.call(accounts.loadUserByUsername(name),
                () -> accounts.changeOwnPassword(name, PASSWORD, "あたらしい 合言葉 は 十文字以上"));
        assertThat(hashOf(name)).startsWith("{" + PasswordHashing.CURRENT + "}");

        UserSummary user = summary(name);
        SystemActor.run(() -> administration.resetPassword(user.id(), user.version()));
        assertThat(hashOf(name)).startsWith("{" + PasswordHashing.CURRENT + "}");
    }

    private String newUser(String name) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        return name;
    }

    private void failThreeTimes(String name) {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(name, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
    }

    private void assertWaits(String name, String password, long seconds) {
        assertThatThrownBy(() -> signIn(name, password)).isInstanceOfSatisfying(SignInThrottled.class,
                throttled -> assertThat(throttled.seconds()).isEqualTo(seconds));
    }

    private Authentication signIn(String name, String password) throws Exception {
        AuthenticationManager manager = loginForm;
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    private UserSummary summary(String name) {
        return SystemActor.call(() -> administration.findAll()).stream().filter(u -> u.username().equals(name))
                .findFirst().orElseThrow();
    }

    private String hashOf(String name) {
        return users.findByUsername(name).orElseThrow().getPasswordHash();
    }

    private List<AuditEntry> entries(AuditAction action, String actor) {
        return SystemActor.call(() -> audit.find(new AuditFilter(action, actor, null, null), 0, 50)).stream()
                .filter(entry -> entry.getActor().equals(actor)).toList();
    }
}
