package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.PlainHttp;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.security.VaadinHttp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login form over real HTTP takes every passphrase the policy accepts, byte for byte beyond bcrypt's 72. */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassphraseHttpTest {

    private static final String PASSWORD = "ちはやぶる 神代も聞かず";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AppUserRepository users;

    @Test
    void theLongestKanjiPassphraseSignsInThroughTheForm() {
        String longest = Passphrases.kanji(PasswordPolicy.MAX_LENGTH);
        String name = userWithPassword("http-pass-kanji", longest);

        new VaadinHttp(port).signIn(name, longest);
        assertThat(attempt(name, longest.substring(0, PasswordPolicy.MAX_LENGTH - 1))).endsWith("/login?error");
    }

    @Test
    void fourByteCharactersSignInThroughTheForm() {
        String passphrase = Passphrases.fourBytes();
        String name = userWithPassword("http-pass-emoji", passphrase);

        new VaadinHttp(port).signIn(name, passphrase);
        assertThat(attempt(name, passphrase.replace("🍚", "🍙"))).endsWith("/login?error");
    }

    @Test
    void aPassphraseThatDiffersOnlyAfterByte72IsAWrongPassword() {
        String first = Passphrases.differingAfterByte72("かぜのおと");
        String name = userWithPassword("http-pass-72", first);

        new VaadinHttp(port).signIn(name, first);
        assertThat(attempt(name, Passphrases.differingAfterByte72("なみのおと"))).endsWith("/login?error");
    }

    /** The session signed in with the new hash goes on: SessionCheckFilter compares it with the stored one. */
    @Test
    void aSessionSignedInWithAnOldBcryptHashGoesOnAfterTheUpgrade() {
        String name = "http-pass-upgrade";
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        Passphrases.storeAsBcrypt(users, name, PASSWORD);

        VaadinHttp tab = new VaadinHttp(port).signIn(name, PASSWORD);

        assertThat(users.findByUsername(name).orElseThrow().getPasswordHash())
                .startsWith("{" + PasswordHashing.CURRENT + "}");
        assertThat(tab.open("")).isTrue();
        HttpResponse<String> home = tab.navigate("");
        assertThat(VaadinHttp.sessionExpired(home)).as(home.body()).isFalse();
        assertThat(PlainHttp.showsAppText(home.body())).isTrue();
    }

    private String attempt(String name, String password) {
        VaadinHttp tab = new VaadinHttp(port);
        tab.get("/login");
        HttpResponse<String> response = tab.postLogin(name, password);
        return response.statusCode() + " " + response.headers().firstValue("Location").orElse("");
    }

    private String userWithPassword(String name, String passphrase) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        RunAs.call(accounts.loadUserByUsername(name), () -> accounts.changeOwnPassword(name, PASSWORD, passphrase));
        return name;
    }
}
