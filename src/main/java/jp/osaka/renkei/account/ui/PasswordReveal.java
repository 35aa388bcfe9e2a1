package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.Component;

/**
 * Names the eye button of a password field in the user's language: Vaadin labels it "Show password" whatever
 * the locale, and neither PasswordField's nor LoginForm's i18n has the text. Works on a password field or on a
 * component holding one (the login form renders its field after attaching, hence the retries).
 */
public final class PasswordReveal {

    private static final String SCRIPT = """
            const root = this;
            let tries = 0;
            const apply = () => {
              const fields = root.localName === 'vaadin-password-field'
                  ? [root] : Array.from(root.querySelectorAll('vaadin-password-field'));
              fields.forEach(f => f.i18n = Object.assign({}, f.i18n, {reveal: $0}));
              if (fields.length === 0 && tries++ < 50) {
                requestAnimationFrame(apply);
              }
            };
            customElements.whenDefined('vaadin-password-field').then(apply);""";

    private PasswordReveal() {
    }

    public static <T extends Component> T labelled(T component) {
        component.addAttachListener(e -> component.getElement().executeJs(SCRIPT,
                component.getTranslation("password.reveal")));
        return component;
    }
}
