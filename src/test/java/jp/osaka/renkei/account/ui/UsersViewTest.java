package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.ward.Ward;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.test.context.support.WithUserDetails;

/** ユーザー管理 as the bureau uses it: new accounts get a one-time password, ward roles need a ward. */
@DemoDataTest
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministrationService administration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    @WithUserDetails("admin")
    void aNewUserGetsAOneTimePasswordThatWorksOnceAndMustBeChanged() throws Exception {
        navigate(UsersView.class);
        test(find(Button.class).withId("create-user").single()).click();
        test(find(TextField.class).withId("user-username").single()).setValue("ward-kita-2");
        test(find(TextField.class).withId("user-display-name").single()).setValue("北区 保健福祉課");
        @SuppressWarnings("unchecked")
        ComboBox<Ward> ward = find(ComboBox.class).withId("user-ward").single();
        test(ward).selectItem("北区");
        test(find(Button.class).withId("user-save").single()).click();

        String password = find(Span.class).withId("one-time-password").single().getText();
        assertThat(password).hasSize(12);
        var signedIn = authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ward-kita-2", password));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(accounts.mustChangePassword("ward-kita-2")).isTrue();
        assertThat(user("ward-kita-2").wardId()).isEqualTo(1L);
    }

    @Test
    @WithUserDetails("admin")
    void aWardRoleWithoutAWardIsRefusedWithAClearMessage() {
        navigate(UsersView.class);
        test(find(Button.class).withId("create-user").single()).click();
        test(find(TextField.class).withId("user-username").single()).setValue("room-nowhere");
        test(find(TextField.class).withId("user-display-name").single()).setValue("所属なし");
        test(find(Button.class).withId("user-save").single()).click();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("区役所担当者・相談支援室のユーザーには区を指定してください。");
        assertThat(administration.findAll()).extracting(UserSummary::username).doesNotContain("room-nowhere");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMakesAWardUserAViewerAndDisablesIt() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(find(TextField.class).withId("users-filter").single()).setValue(TestWards.ABENO_ROOM);
        test(grid).clickRow(0);

        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).withId("user-role-select").single();
        test(role).selectItem("閲覧者");
        assertThat(find(ComboBox.class).withId("user-ward").single().getValue()).as("a viewer has no ward").isNull();
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("user-enabled").single()).click();
        test(find(Button.class).withId("user-save").single()).click();

        UserSummary changed = user(TestWards.ABENO_ROOM);
        assertThat(changed.role()).isEqualTo(Role.VIEWER);
        assertThat(changed.wardId()).isNull();
        assertThat(changed.enabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aResetGivesAOneTimePasswordInsteadOfTheOldOneAndItMustBeChanged() throws Exception {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(find(TextField.class).withId("users-filter").single()).setValue(TestWards.IKUNO_ROOM);
        test(grid).clickRow(0);
        test(find(Button.class).withId("user-reset-password").single()).click();

        String password = find(Span.class).withId("one-time-password").single().getText();
        assertThat(password).hasSize(12);
        assertThat(accounts.mustChangePassword(TestWards.IKUNO_ROOM)).isTrue();
        assertThat(authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(TestWards.IKUNO_ROOM, password)).isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> authentication.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(TestWards.IKUNO_ROOM, "demo")))
                .as("the old password").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anInvalidAddressIsExplainedAtTheFieldAndNothingIsSavedNorLost() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(find(TextField.class).withId("users-filter").single()).setValue(TestWards.IKUNO_ROOM);
        test(grid).clickRow(0);
        test(find(TextField.class).withId("user-display-name").single()).setValue("生野区 相談支援室（変更）");
        TextField email = find(TextField.class).withId("user-email").single();
        test(email).setValue("ikuno@room");
        test(find(Button.class).withId("user-save").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("メールアドレスの形式が正しくありません（ikuno@room）。例: name@city.osaka.lg.jp");
        assertThat(find(TextField.class).withId("user-display-name").single().getValue())
                .as("what was typed stays in the open dialog").isEqualTo("生野区 相談支援室（変更）");
        assertThat(user(TestWards.IKUNO_ROOM).displayName()).isEqualTo("生野区 相談支援室");
        assertThat(user(TestWards.IKUNO_ROOM).email()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void anAddressIsSavedAndShownInTheList() {
        navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(find(TextField.class).withId("users-filter").single()).setValue(TestWards.IKUNO_OFFICE);
        test(grid).clickRow(0);
        test(find(TextField.class).withId("user-email").single()).setValue(" Ikuno.Office@Example.org ");
        test(find(Button.class).withId("user-save").single()).click();

        assertThat(user(TestWards.IKUNO_OFFICE).email()).isEqualTo("Ikuno.Office@example.org");
        test(find(TextField.class).withId("users-filter").single()).setValue("ikuno.office@");
        assertThat(test(grid).size()).as("found by its address").isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Ikuno.Office@example.org");
    }

    private UserSummary user(String username) {
        return SystemActor.call(() -> administration.findAll().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
    }
}
