package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.SessionFixture;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** ユーザー管理's すべてのセッションを終了: every signed-in session of the user ends, audited; the account stays. */
@DemoDataTest
class EndSessionsButtonTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void anAdministratorEndsAllSessionsOfAUser() {
        SystemActor.run(() -> accounts.create("sessions-ended", "セッション確認", Role.VIEWER, null, "it-password-x1"));
        RenkeiUser user = accounts.loadUserByUsername("sessions-ended");
        SessionFixture.signedIn(sessions, user);
        SessionFixture.signedIn(sessions, user);
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(find(TextField.class).withId("users-filter").single()).setValue("sessions-ended");
        test(grid).clickRow(0);

        test(find(Button.class).withId("user-end-sessions").single()).click();

        assertThat(RunAs.call(user, () -> sessions.own())).isEmpty();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("このユーザーのセッションを2件終了しました。");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SESSIONS_ENDED'"
                + " and actor = 'admin' and target = 'sessions-ended'", Integer.class)).isEqualTo(1);
        assertThat(accounts.findByUsername("sessions-ended").orElseThrow().isEnabled()).isTrue();
    }
}
