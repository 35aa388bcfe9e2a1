package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Predicate;

import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;

import org.jspecify.annotations.Nullable;

/**
 * まとめ and 今後の方向性 of a round, each in Japanese and optionally English, one line per point, and the 資料番号
 * printed on the report's title page.
 */
class ConclusionsDialog extends Dialog {

    ConclusionsDialog(String title, Conclusions initial, Predicate<Conclusions> save) {
        setHeaderTitle(title);
        setId("conclusions-dialog");
        TextField documentLabel = new TextField(getTranslation("conclusions.documentLabel"));
        documentLabel.setValue(initial.documentLabel() == null ? "" : initial.documentLabel());
        documentLabel.setPlaceholder(getTranslation("conclusions.documentLabel.placeholder"));
        documentLabel.setHelperText(getTranslation("conclusions.documentLabel.help"));
        documentLabel.setMaxLength(ConclusionsService.MAX_LABEL_LENGTH);
        documentLabel.setWidth("16rem");
        documentLabel.setId("conclusions-document-label");
        TextArea summaryJa = area("conclusions.summaryJa", initial.summaryJa(), "conclusions-summary-ja");
        TextArea summaryEn = area("conclusions.summaryEn", initial.summaryEn(), "conclusions-summary-en");
        TextArea directionJa = area("conclusions.directionJa", initial.directionJa(), "conclusions-direction-ja");
        TextArea directionEn = area("conclusions.directionEn", initial.directionEn(), "conclusions-direction-en");
        Button ok = new Button(getTranslation("findings.save"), e -> {
            // stays open when the save is refused, so that nothing typed is lost
            if (save.test(new Conclusions(initial.fiscalYear(), summaryJa.getValue(), summaryEn.getValue(),
                    directionJa.getValue(), directionEn.getValue(), documentLabel.getValue()))) {
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("conclusions-ok");
        add(new Div(documentLabel), summaryJa, summaryEn, directionJa, directionEn);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), ok);
    }

    private TextArea area(String labelKey, @Nullable String value, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setValue(value == null ? "" : value);
        area.setMaxLength(ConclusionsService.MAX_LENGTH);
        area.setWidth("40rem");
        area.setMinHeight("6rem");
        area.setId(id);
        return area;
    }
}
