package jp.osaka.renkei.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.BiConsumer;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** A name in Japanese and English: renaming an item, or naming a new partner (関係機関). */
class NamesDialog extends Dialog {

    NamesDialog(String title, LocalizedText initial, String okKey, BiConsumer<String, String> done) {
        setHeaderTitle(title);
        setId("names-dialog");
        TextField ja = field("items.labelJa", initial.ja(), 100, "names-ja");
        TextField en = field("items.labelEn", initial.en(), 150, "names-en");
        Button ok = new Button(getTranslation(okKey), e -> {
            done.accept(ja.getValue(), en.getValue());
            close();
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
