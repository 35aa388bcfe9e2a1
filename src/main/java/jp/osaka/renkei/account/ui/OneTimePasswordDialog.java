package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once: it is stored only as a hash, so it cannot be shown again. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String password) {
        setHeaderTitle(getTranslation("users.oneTimePassword.title"));
        setId("one-time-password-dialog");
        Span value = new Span(password);
        value.addClassName("one-time-password");
        value.setId("one-time-password");
        add(new Paragraph(getTranslation("users.oneTimePassword.text")), value);
        getFooter().add(new Button(getTranslation("error.close"), e -> close()));
    }
}
