package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Sign-in against the users in the database, through Spring Security's real authentication manager. */
@DemoDataTest
class SignInLockoutTest {

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void aDemoUserSignsInWithTheDemoPassword() throws Exception {
        var result = manager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ward-abeno", "demo"));
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(RenkeiUser.class,
                user -> assertThat(user.role()).isEqualTo(Role.WARD_OFFICE));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        AuthenticationManager manager = manager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("room-tsurumi", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("room-tsurumi", "demo")))
                .isInstanceOf(LockedException.class);
    }

    private AuthenticationManager manager() throws Exception {
        return authentication.getAuthenticationManager();
    }
}
