package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.Optional;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;

/** まとめ and 今後の方向性 of a round, for everyone once published; administrators write them here. */
class ConclusionsPanel extends Div {

    private final ConclusionsService service;
    private final int fiscalYear;
    private final boolean admin;

    ConclusionsPanel(ConclusionsService service, int fiscalYear, boolean admin) {
        this.service = service;
        this.fiscalYear = fiscalYear;
        this.admin = admin;
        addClassName("conclusions-panel");
        setId("conclusions");
        refresh();
    }

    private void refresh() {
        removeAll();
        Optional<Conclusions> conclusions = service.conclusions(fiscalYear);
        if (conclusions.isEmpty() && !admin) {
            return; // nothing written yet, or not published: nothing to read
        }
        conclusions.ifPresentOrElse(text -> {
            section("conclusions.summary", text.summary(getLocale()), "conclusions-summary");
            section("conclusions.direction", text.direction(getLocale()), "conclusions-direction");
        }, () -> add(new Paragraph(getTranslation("conclusions.empty"))));
        if (admin) {
            Conclusions current = conclusions.orElse(new Conclusions(fiscalYear, "", null, "", null));
            Button edit = new Button(getTranslation("conclusions.edit"), VaadinIcon.EDIT.create(),
                    e -> new ConclusionsDialog(getTranslation("conclusions.dialog.title",
                            FiscalYears.format(fiscalYear, getLocale())), current, written -> {
                                service.save(written);
                                refresh();
                            }).open());
            edit.setId("conclusions-edit");
            add(edit);
        }
    }

    private void section(String titleKey, String text, String id) {
        add(new H3(getTranslation(titleKey)));
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("white-space", "pre-line");
        paragraph.setId(id);
        add(paragraph);
    }
}
