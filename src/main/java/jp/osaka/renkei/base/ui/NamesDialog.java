package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.LocalizedText;

import org.springframework.dao.DataAccessException;

/**
 * A name in Japanese and English: renaming a ward or an item, or naming a new partner (関係機関). Whatever the save
 * is refused for, the dialog stays open with the input in it: a refused name (e.g. too long) is explained at its
 * field, any other refusal in the dialog; so it does when someone changed the ward or the items meanwhile, until
 * the administrator reloads. A click beside the dialog does not close it, so that no input is lost by accident.
 */
public class NamesDialog extends Dialog {

    /** Saves the names: true when saved, false when the caller has dealt with a refusal (the stale dialog). */
    public interface Names {
        boolean save(String ja, String en);
    }

    private final TextField ja;
    private final TextField en;
    private final Paragraph error = new Paragraph();

    public NamesDialog(String title, LocalizedText initial, NameLimits limits, String okKey, Names done) {
        setHeaderTitle(title);
        setId("names-dialog");
        setCloseOnOutsideClick(false);
        ja = field(limits.jaLabel(), initial.ja(), limits.ja(), "names-ja");
        ja.setRequiredIndicatorVisible(true);
        en = field(limits.enLabel(), initial.en(), limits.en(), "names-en");
        if (limits.enOptional()) {
            en.setHelperText(getTranslation("items.labelEn.optional"));
        } else {
            en.setRequiredIndicatorVisible(true);
        }
        error.addClassName("dialog-refusal");
        error.setId("names-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button ok = new Button(getTranslation(okKey), e -> save(done, limits));
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("names-ok");
        add(error, ja, en);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }

    private void save(Names done, NameLimits limits) {
        ja.setInvalid(false);
        en.setInvalid(false);
        error.setVisible(false);
        try {
            if (done.save(ja.getValue(), en.getValue())) {
                close();
            }
        } catch (DomainException refusal) {
            refused(getTranslation(refusal.messageKey(), refusal.arguments()), refusal.messageKey(), limits);
        } catch (DataAccessException failure) {
            // e.g. another administrator's new partner took the same code at the same moment: nothing was saved
            refused(getTranslation("items.saveFailed"), "", limits);
        }
    }

    private void refused(String message, String key, NameLimits limits) {
        TextField at = limits.jaKeys().contains(key) ? ja : key.equals(limits.enKey()) ? en : null;
        if (at == null) {
            error.setText(message);
            error.setVisible(true);
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
