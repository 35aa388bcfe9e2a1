package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.AccountSettings;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** アカウント設定 as a ward user uses it: own address, language and the optional mails, from the user bar. */
@DemoDataTest
class AccountViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Test
    void aUserSavesTheirAddressAndTurnsOffTheResultsMail() {
        signInAs(newUser("account-room"));
        navigate("", com.vaadin.flow.component.Component.class);
        test(find(Button.class).withId("account-settings").single()).click();

        TextField email = find(TextField.class).withId("account-email").single();
        assertThat(email.getValue()).isEmpty();
        assertThat(checkbox("account-mail-published").getValue()).isTrue();
        test(email).setValue("account-room@example.org");
        test(checkbox("account-mail-published")).click();
        test(find(Button.class).withId("account-save").single()).click();

        AccountSettings saved = settings("account-room");
        assertThat(saved.email()).isEqualTo("account-room@example.org");
        assertThat(saved.mailPublished()).isFalse();
        assertThat(saved.mailDueSoon()).isTrue();
        assertThat(saved.language()).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void anInvalidAddressIsExplainedAndNoChoiceIsSaved() {
        signInAs(newUser("account-bad"));
        navigate(AccountView.class);

        TextField email = find(TextField.class).withId("account-email").single();
        test(email).setValue("account-bad@");
        test(checkbox("account-mail-due-soon")).click();
        test(find(Button.class).withId("account-save").single()).click();

        assertThat(email.getErrorMessage())
                .isEqualTo("メールアドレスの形式が正しくありません（account-bad@）。例: name@city.osaka.lg.jp");
        assertThat(checkbox("account-mail-due-soon").getValue()).as("the choice stays as typed").isFalse();
        assertThat(settings("account-bad").email()).isNull();
        assertThat(settings("account-bad").mailDueSoon()).isTrue();
    }

    @Test
    void choosingEnglishSavesItForTheMailsAndSwitchesTheScreens() {
        signInAs(newUser("account-en"));
        navigate(AccountView.class);

        @SuppressWarnings("unchecked")
        Select<Locale> language = find(Select.class).withId("account-language").single();
        test(language).selectItem("English");
        test(find(Button.class).withId("account-save").single()).click();

        assertThat(settings("account-en").language()).isEqualTo(Locale.ENGLISH);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theLanguageSwitchOfTheUserBarSavesTheChoiceToTheAccount() {
        signInAs(newUser("account-switch"));
        navigate(AccountView.class);

        test(find(Button.class).withId("language-switch").single()).click();

        assertThat(settings("account-switch").language()).isEqualTo(Locale.ENGLISH);
    }

    private Checkbox checkbox(String id) {
        return find(Checkbox.class).withId(id).single();
    }

    private AccountSettings settings(String username) {
        return RunAs.call(accounts.loadUserByUsername(username), accounts::ownSettings);
    }

    /** A ward user of 北区 who has chosen their password (so that nothing redirects to パスワード変更). */
    private String newUser(String username) {
        SystemActor.call(() -> accounts.create(username, username, Role.SUPPORT_ROOM, 1L, "it-password-" + username));
        return username;
    }

    private void signInAs(String username) {
        RenkeiUser user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
