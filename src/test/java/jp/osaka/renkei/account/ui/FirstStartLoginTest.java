package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A first start without any user (java -jar without the demo, no ADMIN_USERNAME): the login page says how to
 * create the first administrator, in Japanese and in English, instead of a form that nobody can pass.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:renkei-first-start;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "renkei.initial-admin.username=",
        "renkei.initial-admin.password=",
        "renkei.scheduling.enabled=false"})
class FirstStartLoginTest extends SpringBrowserlessTest {

    @Test
    void withoutAnyUserTheLoginSaysHowToCreateTheFirstAdministrator() {
        navigate(LoginView.class);

        String notice = find(FirstStartNotice.class).single().getElement().getTextRecursively();
        assertThat(notice).contains("最初の管理者を作成してください", "環境変数 ADMIN_USERNAME と ADMIN_PASSWORD",
                "再起動してください", "ADMIN_USERNAME=admin ADMIN_PASSWORD='<長いパスフレーズ>' java -jar renkei.jar");
        assertThat(find(LoginForm.class).all()).as("a form that nobody can pass").isEmpty();

        test(find(Button.class).withId("language-switch").single()).click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(new FirstStartNotice().getElement().getTextRecursively()).contains(
                "Create the first administrator", "ADMIN_USERNAME and ADMIN_PASSWORD", "restart the app");
    }
}
