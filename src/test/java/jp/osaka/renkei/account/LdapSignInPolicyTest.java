package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.DirectoryProperties.LocalSignIn;
import jp.osaka.renkei.base.security.RenkeiPrincipal;
import jp.osaka.renkei.base.security.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password form's manager under renkei.directory.local-sign-in OFF and ADMINISTRATORS, with LDAP connected. */
@DemoDataTest
class LdapSignInPolicyTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AccountBackOff backOff;
    @Autowired
    DirectorySignIn directory;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    SessionStamp stamps;

    @Test
    void withLocalSignInOffNoLocalAccountSignsInButTheDirectoryStillDoes() {
        AuthenticationManager manager = manager(LocalSignIn.OFF);

        assertThatThrownBy(() -> manager.authenticate(form("ward-kita", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(form("admin", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        Authentication person = manager.authenticate(form("dir-kita-office", LdapSignInTest.PASSWORD));
        assertThat(person.getName()).isEqualTo("dir-kita-office");
        assertThat(RenkeiPrincipal.of(person).role()).isEqualTo(Role.WARD_OFFICE);
    }

    @Test
    void withLocalSignInForAdministratorsOnlyTheBreakGlassAdministratorUsesARenkeiPassword() {
        AuthenticationManager manager = manager(LocalSignIn.ADMINISTRATORS);

        assertThat(manager.authenticate(form("admin", "demo")).getName()).isEqualTo("admin");
        assertThatThrownBy(() -> manager.authenticate(form("ward-kita", "demo")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private AuthenticationManager manager(LocalSignIn policy) {
        UserAccountService accounts = new UserAccountService(users, encoder,
                new DirectoryProperties(policy, null, "renkei-ward-", ""), events, clock, stamps);
        return new LdapSignIn().authenticationManager(accounts, encoder, ldap(LdapSignInTest.DIRECTORY.url()),
                directory, events, backOff);
    }

    static DirectoryLdapProperties ldap(String url) {
        return new DirectoryLdapProperties(url, InMemoryDirectory.BASE, "uid={0},ou=people", "", "", "ou=groups",
                "(member={0})", "cn", "", "", "uid", "cn", "mail", "");
    }

    private static UsernamePasswordAuthenticationToken form(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
