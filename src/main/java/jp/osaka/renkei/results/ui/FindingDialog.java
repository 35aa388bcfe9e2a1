package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.BiConsumer;

import jp.osaka.renkei.results.FindingService;

/** A finding's text in Japanese and, optionally, English: editing one, or adding an administrator's own. */
class FindingDialog extends Dialog {

    FindingDialog(String title, String textJa, String textEn, BiConsumer<String, String> done) {
        setHeaderTitle(title);
        setId("finding-dialog");
        TextArea ja = area("findings.textJa", textJa, "finding-ja");
        ja.setRequired(true);
        TextArea en = area("findings.textEn", textEn, "finding-en");
        Button ok = new Button(getTranslation("findings.save"), e -> {
            done.accept(ja.getValue(), en.getValue());
            close();
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("finding-ok");
        add(ja, en);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }

    private TextArea area(String labelKey, String value, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value);
        area.setMaxLength(FindingService.MAX_LENGTH);
        area.setWidth("36rem");
        area.setId(id);
        return area;
    }
}
