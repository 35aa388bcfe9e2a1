package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.function.BiPredicate;

import jp.osaka.renkei.results.FindingService;

/**
 * A finding's text in Japanese and, optionally, English: editing one, or adding an administrator's own.
 * When only the Japanese is changed, it warns that the English will be dropped on saving
 * (docs/decisions/0007-stale-english-of-an-edited-finding.md). {@code done} says whether the text was saved;
 * when it was not (e.g. someone changed the list meanwhile), the dialog stays open with the input in it.
 */
class FindingDialog extends Dialog {

    FindingDialog(String title, String textJa, String textEn, BiPredicate<String, String> done) {
        setHeaderTitle(title);
        setId("finding-dialog");
        TextArea ja = area("findings.textJa", textJa, "finding-ja");
        ja.setRequired(true);
        TextArea en = area("findings.textEn", textEn, "finding-en");
        Paragraph stale = new Paragraph(getTranslation("findings.englishStale"));
        stale.setId("finding-english-stale");
        stale.addClassName("finding-english-stale");
        stale.setVisible(false);
        Runnable check = () -> stale.setVisible(!textEn.isBlank()
                && !ja.getValue().strip().equals(textJa.strip()) && en.getValue().strip().equals(textEn.strip()));
        ja.addValueChangeListener(e -> check.run());
        en.addValueChangeListener(e -> check.run());
        Button ok = new Button(getTranslation("findings.save"), e -> {
            if (done.test(ja.getValue(), en.getValue())) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("finding-ok");
        add(ja, en, stale);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }

    private TextArea area(String labelKey, String value, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value);
        area.setMaxLength(FindingService.MAX_LENGTH);
        area.setWidth("36rem");
        area.setId(id);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        return area;
    }
}
