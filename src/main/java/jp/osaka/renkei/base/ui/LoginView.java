package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jp.osaka.renkei.base.security.UserAccountService;

import org.springframework.beans.factory.annotation.Value;

/**
 * ログイン: Japanese by default, English one click away; shows the demo accounts under the demo profile, and while no
 * user exists at all, how to create the first administrator instead of the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(@Value("${renkei.demo-data:false}") boolean demoData, UserAccountService accounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("login.title"));
        title.addClassName("login-title");
        add(new LanguageSwitch(), title, new Paragraph(getTranslation("login.description")));
        if (accounts.noUsers()) {
            add(new FirstStartNotice()); // a form that nobody can pass would only hide what to do
            return;
        }
        add(login);
        if (demoData) {
            Div demo = new Div(new Paragraph(getTranslation("login.demo.title")),
                    new Paragraph(getTranslation("login.demo.accounts")));
            demo.addClassName("login-demo");
            add(demo);
        }
        add(new Paragraph(getTranslation("login.forgotPassword.help")));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.form.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " | " + getTranslation("app.name");
    }
}
