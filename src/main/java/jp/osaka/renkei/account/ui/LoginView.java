package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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

import java.util.Arrays;
import java.util.List;

import jp.osaka.renkei.account.DirectorySignInRefused;
import jp.osaka.renkei.account.SignInOptions;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.InstanceProperties;
import jp.osaka.renkei.base.security.LoginCsrf;
import jp.osaka.renkei.base.security.SignInThrottled;
import jp.osaka.renkei.base.ui.LanguageSwitch;

/**
 * ログイン: Japanese by default, English one click away; a button per directory provider and the password form as
 * {@link SignInOptions} says; shows the demo accounts under the demo profile, and while no user exists at all, how
 * to create the first administrator instead of the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph refusal = new Paragraph();

    LoginView(InstanceProperties instance, UserAccountService accounts, SignInOptions options) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setI18n(i18n());
        PasswordReveal.labelled(login);
        login.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("login.title"));
        title.addClassName("login-title");
        add(new LanguageSwitch(), title, new Paragraph(getTranslation("login.description")));
        if (accounts.noUsers()) {
            add(new FirstStartNotice()); // a form that nobody can pass would only hide what to do
            return;
        }
        refusal.addClassName("login-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(refusal);
        options.providers().forEach(provider -> add(providerLink(provider)));
        switch (options.passwordForm()) {
            case SHOWN -> add(login);
            case ADMINISTRATORS -> {
                Details administrators = new Details(getTranslation("login.password.administrators"), login);
                administrators.addClassName("login-administrators");
                add(administrators);
            }
            case HIDDEN -> { } // directory only
        }
        if (instance.demoData()) {
            Div demo = new Div(new Paragraph(getTranslation("login.demo.title")),
                    new Paragraph(getTranslation("login.demo.accounts")));
            if (!options.providers().isEmpty()) { // the directory demo (README): its people too
                demo.add(new Paragraph(getTranslation("login.demo.directory")));
            }
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

    /** A plain link: the sign-in leaves the app for the provider, so Vaadin's router must not take it. */
    private Anchor providerLink(SignInOptions.Provider provider) {
        Anchor link = new Anchor(provider.href(), getTranslation("login.directory.button", provider.name()),
                AnchorTarget.SELF);
        link.setRouterIgnore(true);
        link.addClassName("login-provider");
        link.setId("login-provider-" + provider.id());
        return link;
    }

    /**
     * ?error: a wrong password; ?error=no-role etc.: the directory's person was refused, with the reason;
     * ?error=expired: the form's POST had no valid CSRF token (a page older than the session) or came from elsewhere;
     * ?error=wait&amp;seconds=N: failed sign-ins in a row, the account's back-off.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> errors = event.getLocation().getQueryParameters().getParameters().get("error");
        String code = errors == null || errors.isEmpty() ? "" : errors.getFirst();
        login.setError(errors != null && code.isBlank());
        refusal.setVisible(!code.isBlank());
        if (SignInThrottled.CODE.equals(code)) {
            refusal.setText(getTranslation("login.error.wait", seconds(event)));
        } else if (!code.isBlank()) {
            refusal.setText(getTranslation(LoginCsrf.EXPIRED.equals(code) ? "login.error.expired"
                    : Arrays.stream(DirectorySignInRefused.Reason.values())
                            .filter(reason -> reason.code().equals(code)).findFirst()
                            .map(DirectorySignInRefused.Reason::messageKey).orElse("login.error.directory.failed")));
        }
    }

    /** ?seconds= of a back-off, within what a back-off can be (an edited URL shows no odd number). */
    private static long seconds(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().get("seconds");
        try {
            return values == null || values.isEmpty() ? 1 : Math.clamp(Long.parseLong(values.getFirst()), 1, 86_400);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.form.title") + " | " + getTranslation("app.name");
    }
}
