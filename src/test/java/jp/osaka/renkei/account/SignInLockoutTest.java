package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SignInThrottled;
import jp.osaka.renkei.base.security.SignInWatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Sign-in against the users in the database, through Spring Security's real authentication manager, at the default
 * settings; a clock the test moves.
 */
@DemoDataTest
@Import(SignInWatch.class)
class SignInLockoutTest {

    /** The manager of the login form (LdapSignIn), not AuthenticationConfiguration's global one. */
    @Autowired
    AuthenticationManager loginForm;
    @Autowired
    SignInWatch.MovableClock clock;

    @Test
    void aDemoUserSignsInWithTheDemoPassword() throws Exception {
        var result = manager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ward-kita", "demo"));
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(RenkeiUser.class,
                user -> assertThat(user.role()).isEqualTo(Role.WARD_OFFICE));
    }

    /** What was a 15-minute lockout (docs/decisions/0011): at the default settings, a wait of one second. */
    @Test
    void fiveWrongPasswordsLockNothingTheRightOneOnlyWaitsOneSecond() throws Exception {
        AuthenticationManager manager = manager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("room-sumiyoshi", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("room-sumiyoshi", "demo")))
                .isInstanceOfSatisfying(SignInThrottled.class, wait -> assertThat(wait.seconds()).isEqualTo(1));

        clock.advance(Duration.ofSeconds(1));

        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("room-sumiyoshi", "demo"))
                .getName()).isEqualTo("room-sumiyoshi");
    }

    private AuthenticationManager manager() throws Exception {
        return loginForm;
    }
}
