package jp.osaka.renkei.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;

import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;

/** ログイン is Japanese, and English is one click away before anyone has signed in. */
@DemoDataTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void theLoginIsInJapaneseAndItsSwitchTurnsItToEnglish() {
        LoginView japanese = navigate(LoginView.class);
        assertThat(find(H1.class).withClassName("login-title").single().getText()).isEqualTo("連携（れんけい）");
        assertThat(japanese.getPageTitle()).startsWith("ログイン");

        test(find(Button.class).withId("language-switch").single()).click();

        // In a browser the switch reloads the page, which builds the view afresh in the language chosen.
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo(Locale.ENGLISH.getLanguage());
        LoginView english = new LoginView(true);
        assertThat(english.getPageTitle()).startsWith("Sign in");
        assertThat(english.getChildren().filter(H1.class::isInstance).map(h1 -> ((H1) h1).getText()))
                .containsExactly("Renkei");
        assertThat(english.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
                .as("the way back").containsExactly("日本語");
    }
}
