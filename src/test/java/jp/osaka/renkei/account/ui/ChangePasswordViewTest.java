package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A one-time password leads straight to パスワード変更, and nowhere else until it is changed. */
@DemoDataTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAdministrationService administration;
    @Autowired
    UserAccountService accounts;

    @Test
    void aUserWithAOneTimePasswordMustChooseTheirOwnBeforeAnythingElse() {
        String oneTime = SystemActor.call(() -> administration.create("room-minato-2", "港区 相談支援室",
                Role.SUPPORT_ROOM, 7L, null));
        signInAs("room-minato-2");
        RenkeiUser before = accounts.loadUserByUsername("room-minato-2");

        navigate("", ChangePasswordView.class);

        test(field("password-current")).setValue(oneTime);
        test(field("password-new")).setValue("short");
        test(field("password-repeat")).setValue("short");
        test(find(Button.class).withId("password-save").single()).click();
        assertThat(field("password-new").getErrorMessage()).isEqualTo("パスワードは10文字以上にしてください。");
        assertThat(accounts.mustChangePassword("room-minato-2")).isTrue();

        test(field("password-new")).setValue("港区の連携をすすめる合言葉");
        test(field("password-repeat")).setValue("港区の連携をすすめる合言葉");
        test(find(Button.class).withId("password-save").single()).click();

        assertThat(accounts.mustChangePassword("room-minato-2")).isFalse();
        // this session goes on with the new password; a session still holding the old one would end
        RenkeiUser signedIn = (RenkeiUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(accounts.sessionMayContinue(signedIn)).isTrue();
        assertThat(accounts.sessionMayContinue(before)).isFalse();
        assertThat(navigate("", Component.class)).isNotInstanceOf(ChangePasswordView.class);
    }

    private PasswordField field(String id) {
        return find(PasswordField.class).withId(id).single();
    }

    /** As the login would: the user's details from the database in the security context. */
    private void signInAs(String username) {
        RenkeiUser user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
