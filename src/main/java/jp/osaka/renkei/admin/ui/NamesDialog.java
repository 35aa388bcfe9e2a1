package jp.osaka.renkei.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.BiPredicate;

import jp.osaka.renkei.base.i18n.LocalizedText;

/**
 * A name in Japanese and English: renaming an item or a ward, or naming a new partner (関係機関). {@code done}
 * says whether the name was saved; when it was not (e.g. someone changed it meanwhile), the dialog stays
 * open with the input in it.
 */
class NamesDialog extends Dialog {

    NamesDialog(String title, LocalizedText initial, String okKey, BiPredicate<String, String> done) {
        setHeaderTitle(title);
        setId("names-dialog");
        TextField ja = field("items.labelJa", initial.ja(), 100, "names-ja");
        TextField en = field("items.labelEn", initial.en(), 150, "names-en");
        Button ok = new Button(getTranslation(okKey), e -> {
            if (done.test(ja.getValue(), en.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("names-ok");
        add(ja, en);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
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
