package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;

import org.jspecify.annotations.Nullable;

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
        // the bureau edits what it reads, with the version it read in the same query
        ConclusionsService.@Nullable Editing editing = admin ? service.forEditing(fiscalYear) : null;
        Optional<Conclusions> conclusions = (editing == null ? service.conclusions(fiscalYear)
                : Optional.of(editing.text())).filter(Conclusions::hasText);
        if (conclusions.isEmpty() && !admin) {
            return; // nothing written yet, or not published: nothing to read
        }
        conclusions.ifPresentOrElse(text -> {
            section("conclusions.summary", text.summary(getLocale()), "conclusions-summary");
            section("conclusions.direction", text.direction(getLocale()), "conclusions-direction");
        }, () -> add(new Paragraph(getTranslation("conclusions.empty"))));
        if (editing != null) {
            Button edit = new Button(getTranslation("conclusions.edit"), VaadinIcon.EDIT.create(),
                    e -> edit(editing));
            edit.setId("conclusions-edit");
            add(edit);
        }
    }

    private void edit(ConclusionsService.Editing editing) {
        List<ConclusionsDialog> opened = new ArrayList<>(1);
        ConclusionsDialog dialog = new ConclusionsDialog(getTranslation("conclusions.dialog.title",
                FiscalYears.format(fiscalYear, getLocale())), editing.text(), written -> {
                    // the version read with the texts, never one read again now
                    boolean saved = StaleDialog.save("stale.what.conclusions",
                            () -> service.save(written, editing.version()), () -> {
                                opened.forEach(ConclusionsDialog::close);
                                refresh();
                            });
                    if (saved) {
                        refresh();
                    }
                    return saved;
                });
        opened.add(dialog);
        dialog.open();
    }

    private void section(String titleKey, String text, String id) {
        add(new H3(getTranslation(titleKey)));
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("white-space", "pre-line");
        paragraph.setId(id);
        add(paragraph);
    }
}
