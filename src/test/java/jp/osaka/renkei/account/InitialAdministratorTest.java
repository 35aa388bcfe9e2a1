package jp.osaka.renkei.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jp.osaka.renkei.base.security.Role;

import org.junit.jupiter.api.Test;

/** ADMIN_USERNAME / ADMIN_PASSWORD become the first administrator, and only while no user exists at all. */
class InitialAdministratorTest {

    private final UserAccountService accounts = mock(UserAccountService.class);

    @Test
    void anEmptyDatabaseGetsTheAdministratorNamedInTheEnvironment() {
        when(accounts.noUsers()).thenReturn(true);

        new InitialAdministrator(accounts, new InitialAdminProperties("bureau", "a long passphrase")).load();

        verify(accounts).create("bureau", "管理者", Role.CITY_ADMIN, null, "a long passphrase");
    }

    @Test
    void aDatabaseWithUsersGetsNoNewAdministrator() {
        when(accounts.noUsers()).thenReturn(false);

        new InitialAdministrator(accounts, new InitialAdminProperties("bureau", "a long passphrase")).load();

        verify(accounts, never()).create(anyString(), anyString(), any(), any(), anyString());
    }

    @Test
    void aPasswordThePolicyRefusesCreatesNoAdministrator() {
        when(accounts.noUsers()).thenReturn(true);

        new InitialAdministrator(accounts, new InitialAdminProperties("bureau", "bureau-2026-passphrase")).load();
        new InitialAdministrator(accounts, new InitialAdminProperties("bureau", "short")).load();

        verify(accounts, never()).create(anyString(), anyString(), any(), any(), anyString());
    }

    @Test
    void withoutTheSettingsNoAdministratorIsCreated() {
        when(accounts.noUsers()).thenReturn(true);

        new InitialAdministrator(accounts, new InitialAdminProperties("", "")).load();

        verify(accounts, never()).create(anyString(), anyString(), any(), any(), anyString());
    }
}
