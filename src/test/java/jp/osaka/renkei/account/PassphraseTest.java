package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SignInBackOff;
import jp.osaka.renkei.base.security.SignInThrottled;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every passphrase the policy accepts works, through the service and the real authentication manager: 128 kanji
 * (384 bytes in UTF-8, over bcrypt's 72), characters of four bytes, and no two passphrases taken for one because
 * they agree in their first 72 bytes. Older {bcrypt} hashes still sign in and are replaced then.
 */
@DemoDataTest
class PassphraseTest {

    private static final String PASSWORD = "あさきゆめみし ゑひもせす";

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
    PasswordEncoder passwordEncoder;

    @Test
    void oneHundredTwentyEightKanjiSignIn() throws Exception {
        String longest = Passphrases.kanji(PasswordPolicy.MAX_LENGTH);
        assertThat(longest.getBytes(StandardCharsets.UTF_8)).hasSize(384);
        String name = userWithPassword("pass-kanji", longest);

        assertThat(signIn(name, longest).getName()).isEqualTo(name);
        assertThatThrownBy(() -> signIn(name, longest.substring(1))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void charactersOfFourBytesCountEachOne() throws Exception {
        String passphrase = Passphrases.fourBytes();
        String name = userWithPassword("pass-emoji", passphrase);

        assertThat(signIn(name, passphrase).getName()).isEqualTo(name);
        assertThatThrownBy(() -> signIn(name, passphrase.replace("𠮷", "😀")))
                .isInstanceOf(BadCredentialsException.class);
    }

    /** Plain bcrypt reads 72 bytes only: both would be the same password (or, since Spring Security 6.3, an error). */
    @Test
    void passphrasesThatDifferOnlyAfterByte72AreTwoPasswords() throws Exception {
        String first = Passphrases.differingAfterByte72("みなとの夕暮れ");
        String second = Passphrases.differingAfterByte72("やまの朝焼け");
        String name = userWithPassword("pass-72", first);

        assertThat(signIn(name, first).getName()).isEqualTo(name);
        assertThatThrownBy(() -> signIn(name, second)).isInstanceOf(BadCredentialsException.class);
        assertThat(passwordEncoder.matches(second, passwordEncoder.encode(first))).isFalse();
    }

    @Test
    void anOldBcryptHashSignsInAndIsReplacedByTheCurrentAlgorithm() throws Exception {
        String name = userWithBcryptHash("pass-upgrade");

        Authentication signedIn = signIn(name, PASSWORD);

        String hash = hashOf(name);
        assertThat(hash).startsWith("{" + PasswordHashing.CURRENT + "}");
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        // the session signed in with the new hash goes on (SessionCheckFilter compares the stored one)
        assertThat(accounts.sessionMayContinue((RenkeiUser) signedIn.getPrincipal())).isTrue();
        assertThat(signIn(name, PASSWORD).getName()).isEqualTo(name);
        assertThatThrownBy(() -> signIn(name, "wrong " + PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aWaitingOrDisabledAccountsOldHashStaysAsItIs() {
        String locked = userWithBcryptHash("pass-upgrade-locked");
        AppUser waiting = users.findByUsername(locked).orElseThrow(); // a back-off longer than any test runs
        waiting.recordFailedSignIn(java.time.Instant.now(), new SignInBackOff(1, java.time.Duration.ofHours(1),
                java.time.Duration.ofHours(1)));
        users.saveAndFlush(waiting);
        String lockedHash = hashOf(locked);
        assertThatThrownBy(() -> signIn(locked, PASSWORD)).isInstanceOf(SignInThrottled.class);
        assertThat(hashOf(locked)).isEqualTo(lockedHash).startsWith("{bcrypt}");

        String disabled = userWithBcryptHash("pass-upgrade-disabled");
        String disabledHash = hashOf(disabled);
        SystemActor.run(() -> {
            UserSummary user = administration.findAll().stream().filter(u -> u.username().equals(disabled))
                    .findFirst().orElseThrow();
            administration.update(user.id(), user.version(), user.displayName(), user.role(), user.wardId(), false,
                    user.email());
        });
        assertThatThrownBy(() -> signIn(disabled, PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(hashOf(disabled)).isEqualTo(disabledHash);

        // a waiting account's upgrade, should Spring Security ever ask for one, is refused by the service too
        RenkeiUser asLoaded = accounts.findByUsername(locked).orElseThrow();
        accounts.updatePassword(asLoaded, passwordEncoder.encode(PASSWORD));
        assertThat(hashOf(locked)).isEqualTo(lockedHash);
    }

    @Test
    void aDirectoryAccountGetsNoHash() {
        SystemActor.run(() -> administration.createDirectory("pass-directory", "ディレクトリの人", Role.VIEWER, null,
                null));
        RenkeiUser directory = accounts.findByUsername("pass-directory").orElseThrow();

        accounts.updatePassword(directory, passwordEncoder.encode(PASSWORD));

        assertThat(hashOf("pass-directory")).isEqualTo(directory.passwordHash());
    }

    @Test
    void oneTimePasswordsPassThePolicy() {
        for (int i = 0; i < 20; i++) {
            String name = "pass-otp-" + i;
            String oneTime = SystemActor.call(() -> administration.create(name, "仮パスワードの人", Role.VIEWER,
                    null, null));
            assertThatCode(() -> PasswordPolicy.check(oneTime, name, "仮パスワードの人")).doesNotThrowAnyException();
        }
    }

    private String userWithPassword(String name, String passphrase) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        RunAs.call(accounts.loadUserByUsername(name), () -> accounts.changeOwnPassword(name, PASSWORD, passphrase));
        return name;
    }

    /** An account as stored before the change of algorithm. */
    private String userWithBcryptHash(String name) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        Passphrases.storeAsBcrypt(users, name, PASSWORD);
        return name;
    }

    private Authentication signIn(String name, String password) throws Exception {
        return loginForm.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }

    private String hashOf(String name) {
        return users.findByUsername(name).orElseThrow().getPasswordHash();
    }
}
