package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two administrators change the same user: one in this UI, the other in their own session (the service,
 * signed in as them) after the first opened the user. The later save is refused with the reload dialog.
 */
@DemoDataTest
class ConcurrentUserEditTest extends SpringBrowserlessTest {

    private static final String USERNAME = TestWards.NISHIYODOGAWA_ROOM;

    @Autowired
    UserAdministrationService administration;
    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails("admin")
    void aUserSavedAfterAnotherAdministratorsChangeIsRefusedAndTheirChangeStays() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(find(TextField.class).withId("users-filter").single()).setValue(USERNAME);
        test(grid).clickRow(0);
        test(find(TextField.class).withId("user-display-name").single()).setValue("こちらで変えた名前");

        UserSummary opened = user();
        RunAs.call(accounts.loadUserByUsername("admin"), () -> administration.update(opened.id(), opened.version(),
                "ほかの管理者が変えた名前", opened.role(), opened.wardId(), opened.enabled(), opened.email()));
        try {
            test(find(Button.class).withId("user-save").single()).click();

            ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
            assertThat(user().displayName()).isEqualTo("ほかの管理者が変えた名前");
            test(stale).confirm();
            assertThat(find(UserDialog.class).exists()).isFalse();
            assertThat(test(grid).getRow(0).displayName()).isEqualTo("ほかの管理者が変えた名前");
        } finally {
            UserSummary now = user();
            RunAs.call(accounts.loadUserByUsername("admin"), () -> administration.update(now.id(), now.version(),
                    opened.displayName(), now.role(), now.wardId(), now.enabled(), now.email()));
        }
    }

    private UserSummary user() {
        return SystemActor.call(() -> administration.findAll().stream()
                .filter(u -> u.username().equals(USERNAME)).findFirst().orElseThrow());
    }
}
