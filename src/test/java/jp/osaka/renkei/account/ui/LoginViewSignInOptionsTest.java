package jp.osaka.renkei.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.DirectoryProperties.LocalSignIn;
import jp.osaka.renkei.account.SignInOptions;
import jp.osaka.renkei.account.SignInOptions.Provider;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.InstanceProperties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The login page offers what the directory configuration allows, and tells a refused person why. */
@DemoDataTest
class LoginViewSignInOptionsTest extends SpringBrowserlessTest {

    private static final InstanceProperties NO_DEMO = new InstanceProperties("", false);
    private static final List<Provider> PORTAL = List.of(new Provider("portal", "大阪市職員ポータル"));

    @Autowired
    UserAccountService accounts;

    @Test
    void aProviderIsAPlainLinkToItsAuthorizationWithTheFormBesideIt() {
        LoginView view = new LoginView(NO_DEMO, accounts, new SignInOptions(LocalSignIn.ALL, PORTAL, false));

        Anchor link = (Anchor) children(view).stream().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("大阪市職員ポータルでログイン");
        assertThat(link.getHref()).isEqualTo("oauth2/authorization/portal");
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(children(view)).anyMatch(LoginForm.class::isInstance);
    }

    @Test
    void forAdministratorsOnlyTheFormIsFoldedAwayUnderItsOwnHeading() {
        LoginView view = new LoginView(NO_DEMO, accounts,
                new SignInOptions(LocalSignIn.ADMINISTRATORS, PORTAL, false));

        Details details = (Details) children(view).stream().filter(Details.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(details.getSummaryText()).isEqualTo("管理者用（ディレクトリ障害時）");
        assertThat(details.isOpened()).isFalse();
        assertThat(children(view)).noneMatch(LoginForm.class::isInstance);
    }

    @Test
    void withPasswordsOffTheFormIsGoneUnlessLdapNeedsIt() {
        assertThat(children(new LoginView(NO_DEMO, accounts, new SignInOptions(LocalSignIn.OFF, PORTAL, false))))
                .noneMatch(child -> child instanceof LoginForm || child instanceof Details);
        assertThat(children(new LoginView(NO_DEMO, accounts, new SignInOptions(LocalSignIn.OFF, PORTAL, true))))
                .anyMatch(LoginForm.class::isInstance);
    }

    @Test
    void aRefusedDirectoryPersonReadsWhyAndAWrongPasswordStaysTheForms() {
        open("error=no-role");
        Paragraph refusal = find(Paragraph.class).withClassName("login-refusal").single();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).contains("Renkeiの役割が割り当てられていません");
        assertThat(find(LoginForm.class).single().isError()).isFalse();

        open("error");
        assertThat(find(Paragraph.class).withClassName("login-refusal").all()).as("visible ones").isEmpty();
        assertThat(find(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void anUnknownCodeGetsTheGeneralDirectoryMessage() {
        open("error=failed");

        assertThat(find(Paragraph.class).withClassName("login-refusal").single().getText())
                .startsWith("ディレクトリでのログインを完了できませんでした");
    }

    private static void open(String query) {
        UI.getCurrent().navigate("login", QueryParameters.fromString(query));
    }

    private static List<Component> children(LoginView view) {
        return view.getChildren().toList();
    }
}
