package jp.osaka.renkei.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.ui.Notifications;

/**
 * A name in Japanese and English: renaming a ward or an item, or naming a new partner (関係機関). A name the service
 * refuses (e.g. as too long) is explained at its field, and the dialog stays open with the input in it; so it
 * does when someone changed the ward or the items meanwhile, until the administrator reloads.
 */
class NamesDialog extends Dialog {

    /** Saves the names: true when saved, false when the caller has dealt with a refusal (the stale dialog). */
    interface Names {
        boolean save(String ja, String en);
    }

    private final TextField ja;
    private final TextField en;

    NamesDialog(String title, LocalizedText initial, NameLimits limits, String okKey, Names done) {
        setHeaderTitle(title);
        setId("names-dialog");
        ja = field("items.labelJa", initial.ja(), limits.ja(), "names-ja");
        en = field("items.labelEn", initial.en(), limits.en(), "names-en");
        Button ok = new Button(getTranslation(okKey), e -> {
            ja.setInvalid(false);
            en.setInvalid(false);
            try {
                if (done.save(ja.getValue(), en.getValue())) {
                    close();
                }
            } catch (DomainException error) {
                refused(error, limits);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("names-ok");
        add(ja, en);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }

    private void refused(DomainException error, NameLimits limits) {
        String message = getTranslation(error.messageKey(), error.arguments());
        TextField at = error.messageKey().equals(limits.jaKey()) ? ja
                : error.messageKey().equals(limits.enKey()) ? en : null;
        if (at == null) {
            Notifications.error(message);
        } else {
            at.setErrorMessage(message);
            at.setInvalid(true);
        }
    }

    private TextField field(String labelKey, String value, int maxLength, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value);
        field.setMaxLength(maxLength);
        field.setWidth("24rem");
        field.setId(id);
        return field;
    }
}
