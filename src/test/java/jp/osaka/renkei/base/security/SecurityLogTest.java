package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** The application log says who signed in, failed, changed or reset a password, and never any password. */
@DemoDataTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {

    private static final String PASSWORD = "ひみつの 合言葉 その一";
    private static final String WRONG_GUESS = "まちがえた合言葉-guess";
    private static final String NEW_PASSWORD = "ひみつの 合言葉 その二";
    /** What a user typed into the name field by mistake. */
    private static final String PASSWORD_AS_NAME = "TypedMyPassword!2026";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;

    @Test
    void signInsFailuresPasswordChangesAndResetsAreLoggedWithoutAnyPassword(CapturedOutput output) throws Exception {
        SystemActor.run(() -> accounts.create("log-user", "ログ確認", Role.VIEWER, null, PASSWORD));

        signIn("log-user", PASSWORD);
        assertThatThrownBy(() -> signIn("log-user", WRONG_GUESS)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(PASSWORD_AS_NAME, PASSWORD)).isInstanceOf(BadCredentialsException.class);
        RunAs.call(accounts.loadUserByUsername("log-user"),
                () -> accounts.changeOwnPassword("log-user", PASSWORD, NEW_PASSWORD));
        UserSummary user = SystemActor.call(() -> administration.findAll()).stream()
                .filter(u -> u.username().equals("log-user")).findFirst().orElseThrow();
        String oneTime = SystemActor.call(() -> administration.resetPassword(user.id(), user.version()));

        assertThat(output.getAll()).contains("Signed in: 'log-user'",
                "Failed sign-in: 'log-user' (BadCredentialsException)",
                "Failed sign-in with an unknown user name (BadCredentialsException)",
                "Password changed by 'log-user'", "Password of 'log-user' reset by 'system'");
        assertThat(output.getAll()).doesNotContain(PASSWORD, WRONG_GUESS, NEW_PASSWORD, oneTime, PASSWORD_AS_NAME);
    }

    private void signIn(String name, String password) throws Exception {
        authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
    }
}
