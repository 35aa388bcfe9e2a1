package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

import jp.osaka.renkei.survey.Rating;

/** 差し戻し: an administrator gives the reason, which the ward and the history keep. */
class ReopenDialog extends Dialog {

    ReopenDialog(Consumer<String> reopen) {
        setHeaderTitle(getTranslation("answer.reopen.title"));
        setId("reopen-dialog");
        TextArea reason = new TextArea(getTranslation("answer.reopen.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Rating.MAX_COMMENT_LENGTH);
        reason.setWidth("28rem");
        reason.setId("reopen-reason");
        Button ok = new Button(getTranslation("answer.reopen"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("answer.reopen.reasonRequired"));
                return;
            }
            reopen.accept(reason.getValue());
            close();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        ok.setId("reopen-ok");
        add(new Paragraph(getTranslation("answer.reopen.help")), reason);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }
}
