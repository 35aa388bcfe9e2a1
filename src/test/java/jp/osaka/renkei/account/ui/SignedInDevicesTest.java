package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.SessionFixture;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.SignedInSessions.OwnSession;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** ログイン中の端末 on アカウント設定: the user's sessions listed with this one marked; signing out the others. */
@DemoDataTest
class SignedInDevicesTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    SignedInSessions sessions;

    @Test
    void theListShowsEverySessionOfTheUserWithThisOneMarked() {
        RenkeiUser user = signedInWithTwoOtherDevices("devices-view");

        Grid<OwnSession> grid = grid();

        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("192.0.2.1");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Firefox / Linux");
        assertThat(java.util.stream.IntStream.range(0, 3).mapToObj(row -> test(grid).getCellText(row, 4)))
                .containsExactlyInAnyOrder("この端末", "", "");
        assertThat(user.username()).isEqualTo("devices-view");
    }

    @Test
    void signingOutTheOtherDevicesKeepsOnlyThisOne() {
        RenkeiUser user = signedInWithTwoOtherDevices("devices-end");
        grid();

        test(find(Button.class).withId("account-end-other-sessions").single()).click();

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("この端末");
        assertThat(RunAs.call(user, () -> sessions.own())).singleElement().extracting(OwnSession::current)
                .isEqualTo(true);
    }

    @SuppressWarnings("unchecked")
    private Grid<OwnSession> grid() {
        return find(Grid.class).withId("account-sessions").single();
    }

    /** Signed in here (the current request's session) and on two other devices; アカウント設定 open. */
    private RenkeiUser signedInWithTwoOtherDevices(String username) {
        SystemActor.call(() -> accounts.create(username, username, Role.VIEWER, null, "it-password-" + username));
        RenkeiUser user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SessionFixture.signedIn(sessions, user);
        SessionFixture.markCurrent(SessionFixture.signedIn(sessions, user), user);
        SessionFixture.signedIn(sessions, user);
        navigate(AccountView.class);
        return user;
    }
}
