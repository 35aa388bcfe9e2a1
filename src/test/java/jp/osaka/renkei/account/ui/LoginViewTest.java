package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.SignInOptions;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.InstanceProperties;
import jp.osaka.renkei.base.security.LoginCsrf;
import jp.osaka.renkei.base.security.SignInThrottled;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ログイン is Japanese, English is one click away before anyone has signed in, and the demo lists its accounts. */
@DemoDataTest
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    SignInOptions options;

    @Test
    void theLoginIsInJapaneseAndItsSwitchTurnsItToEnglish() {
        LoginView japanese = navigate(LoginView.class);
        assertThat(find(H1.class).withClassName("login-title").single().getText()).isEqualTo("連携（れんけい）");
        assertThat(japanese.getPageTitle()).startsWith("ログイン");

        test(find(Button.class).withId("language-switch").single()).click();

        // In a browser the switch reloads the page, which builds the view afresh in the language chosen.
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo(Locale.ENGLISH.getLanguage());
        LoginView english = new LoginView(new InstanceProperties("", true), accounts, options);
        assertThat(english.getPageTitle()).startsWith("Sign in");
        assertThat(english.getChildren().filter(H1.class::isInstance).map(h1 -> ((H1) h1).getText()))
                .containsExactly("Renkei");
        assertThat(english.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
                .as("the way back").containsExactly("日本語");
    }

    @Test
    void withUsersTheLoginShowsItsFormAndTheDemoAccountsButNoFirstStartNotice() {
        navigate(LoginView.class);

        assertThat(find(LoginForm.class).all()).hasSize(1);
        assertThat(find(Div.class).withClassName("login-demo").single().getElement().getTextRecursively())
                .contains("パスワードはすべて demo", "admin（局担当者）");
        assertThat(find(FirstStartNotice.class).all()).isEmpty();
    }

    @Test
    void withoutTheDemoTheLoginListsNoDemoAccounts() {
        LoginView view = new LoginView(new InstanceProperties("", false), accounts, options);

        assertThat(view.getChildren().filter(LoginForm.class::isInstance)).hasSize(1);
        assertThat(view.getChildren().filter(child -> child.getElement().getClassList().contains("login-demo"))).isEmpty();
    }

    @Test
    void aRefusedFormPostComesBackWithTheRequestToSignInAgainNotAsAWrongPassword() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=" + LoginCsrf.EXPIRED));

        Paragraph refusal = find(Paragraph.class).withClassName("login-refusal").single();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("ログイン画面の有効期限が切れていた").contains("もう一度");
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void anAttemptDuringABackOffComesBackSayingHowLongToWaitNotAsAWrongPassword() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=" + SignInThrottled.CODE + "&seconds=8"));

        Paragraph refusal = find(Paragraph.class).withClassName("login-refusal").single();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("ログインの失敗が続いたため").contains("8 秒ほどお待ちいただいてから");
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }
}
