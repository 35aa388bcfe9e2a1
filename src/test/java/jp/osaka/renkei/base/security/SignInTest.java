package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in through Spring Security's real authentication manager, with the lockout settings changed (3 failures,
 * 10 minutes) to show that they are read, a clock the test moves instead of sleeping, and the password encoder
 * watched: which stored hashes each attempt checked.
 */
@DemoDataTest
@Import(SignInTest.Watch.class)
@TestPropertySource(properties = { "renkei.security.max-failed-sign-ins=3", "renkei.security.lockout=10m" })
class SignInTest {

    private static final String PASSWORD = "しずかな湖畔の森のかげから";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;
    @Autowired
    AppUserRepository users;
    @Autowired
    AuditLog audit;
    @Autowired
    MovableClock clock;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aLockoutEndsAfterTheConfiguredTimeAndFailuresDuringItDoNotProlongIt() throws Exception {
        String name = newUser("lock-expiry");
        failThreeTimes(name);
        assertThatThrownBy(() -> signIn(name, PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(9));
        assertThatThrownBy(() -> signIn(name, "wrong again")).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> signIn(name, PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(name, PASSWORD).getName()).isEqualTo(name);
    }

    @Test
    void anAdministratorUnlocksALockedAccountAtOnce() throws Exception {
        String name = newUser("lock-admin");
        failThreeTimes(name);
        assertThatThrownBy(() -> signIn(name, PASSWORD)).isInstanceOf(LockedException.class);

        UserSummary locked = summary(name);
        assertThat(locked.locked()).isTrue();
        SystemActor.run(() -> administration.unlock(locked.id(), locked.version()));

        assertThat(signIn(name, PASSWORD).getName()).isEqualTo(name);
    }

    @Test
    void everyFailedSignInAndTheLockoutAreInTheAuditLog() throws Exception {
        String name = newUser("lock-audit");
        failThreeTimes(name);
        assertThatThrownBy(() -> signIn(name, PASSWORD)).isInstanceOf(LockedException.class);

        List<AuditEntry> failed = entries("SIGN_IN_FAILED", name);
        assertThat(failed).extracting(AuditEntry::getDetail).containsExactly("LockedException",
                "BadCredentialsException", "BadCredentialsException", "BadCredentialsException");
        List<AuditEntry> locked = entries("USER_LOCKED", name);
        assertThat(locked).hasSize(1);
        assertThat(locked.getFirst().getTarget()).isEqualTo(name);
        assertThat(locked.getFirst().getDetail()).startsWith("3 failed sign-ins, locked until");
    }

    /**
     * An unknown name fails as a wrong password does, and every attempt, whatever the account's state, checks
     * the password against one hash of the same algorithm and cost: no answer comes sooner for a name that
     * does not exist, or for a locked or disabled account.
     */
    @Test
    void noAnswerTellsWhetherAUserNameExists() throws Exception {
        String locked = newUser("lock-same");
        failThreeTimes(locked);
        String disabled = newUser("disabled-same");
        UserSummary user = summary(disabled);
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        List<String> outcomes = new ArrayList<>();
        for (String[] attempt : List.of(new String[] { "no-such-user", PASSWORD }, new String[] { locked, "wrong" },
                new String[] { locked, PASSWORD }, new String[] { disabled, PASSWORD },
                new String[] { newUser("wrong-same"), "wrong" })) {
            CountingEncoder encoder = (CountingEncoder) passwordEncoder;
            encoder.checkedHashes.clear();
            Exception failure = assertThrows(Exception.class,
                    () -> signIn(attempt[0], attempt[1]));
            assertThat(encoder.checkedHashes).as(attempt[0]).hasSize(1)
                    .allSatisfy(hash -> assertThat(hash).startsWith("{" + PasswordHashing.CURRENT + "}"));
            outcomes.add(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
        assertThat(outcomes.getFirst()).isEqualTo(outcomes.getLast()).startsWith("BadCredentialsException");
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

    private Authentication signIn(String name, String password) throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    private UserSummary summary(String name) {
        return SystemActor.call(() -> administration.findAll()).stream().filter(u -> u.username().equals(name))
                .findFirst().orElseThrow();
    }

    private String hashOf(String name) {
        return users.findByUsername(name).orElseThrow().getPasswordHash();
    }

    private List<AuditEntry> entries(String action, String actor) {
        return SystemActor.call(() -> audit.find(new AuditFilter(action, actor, null, null), 0, 50)).stream()
                .filter(entry -> entry.getActor().equals(actor)).toList();
    }

    /** A clock that stands still until the test moves it; on a whole second, which every database stores exactly. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** The app's password encoder, noting every stored hash a password is checked against. */
    static final class CountingEncoder implements PasswordEncoder {

        final List<String> checkedHashes = java.util.Collections.synchronizedList(new ArrayList<>());
        private final PasswordEncoder delegate;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checkedHashes.add(encodedPassword);
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Watch {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        static BeanPostProcessor countingPasswordEncoder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof PasswordEncoder encoder && !(bean instanceof CountingEncoder)
                            ? new CountingEncoder(encoder) : bean;
                }
            };
        }
    }
}
