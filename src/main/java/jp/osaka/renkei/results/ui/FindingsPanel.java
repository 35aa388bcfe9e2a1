package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.FindingSummary;
import jp.osaka.renkei.results.Findings;
import jp.osaka.renkei.survey.RespondentType;

/**
 * 所見 under an instrument's results: the sentences of the round against its own comparison round;
 * for administrators, with the buttons that curate them (edit, hide, move, add, back to generated).
 */
class FindingsPanel extends Div {

    private final FindingService service;
    private final int fiscalYear;
    private final RespondentType type;
    private final boolean admin;

    FindingsPanel(FindingService service, int fiscalYear, RespondentType type, boolean admin) {
        this.service = service;
        this.fiscalYear = fiscalYear;
        this.type = type;
        this.admin = admin;
        addClassName("findings-panel");
        setId("findings");
        refresh();
    }

    private void refresh() {
        removeAll();
        Findings findings = service.findings(fiscalYear, type);
        add(new H3(getTranslation("findings.title")));
        if (admin) {
            Paragraph note = new Paragraph(getTranslation(findings.curated() ? "findings.curated" : "findings.generated"));
            note.addClassName("findings-note");
            add(note);
        }
        if (findings.lines().isEmpty()) {
            add(new Paragraph(getTranslation("findings.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("findings-list");
        findings.lines().forEach(line -> list.add(item(line, findings.lines().size())));
        add(list);
        if (admin) {
            Button add = new Button(getTranslation("findings.add"), VaadinIcon.PLUS.create(),
                    e -> new FindingDialog(getTranslation("findings.dialog.add"), "", "", (ja, en) -> {
                        service.add(fiscalYear, type, ja, en);
                        refresh();
                    }).open());
            add.setId("finding-add");
            Button reset = new Button(getTranslation("findings.reset"), VaadinIcon.ROTATE_LEFT.create(), e -> confirmReset());
            reset.setId("findings-reset");
            reset.setEnabled(findings.curated());
            add(new Div(add, reset));
        }
    }

    private ListItem item(FindingSummary line, int count) {
        ListItem item = new ListItem(new Span(line.text(getLocale())));
        item.setId("finding-" + line.index());
        NoEnglishMarker.addTo(item, line, getLocale());
        if (line.hidden()) {
            item.addClassName("finding-hidden");
            item.add(new Span(" " + getTranslation("findings.hidden")));
        }
        if (admin) {
            item.add(new Div(
                    action("edit", VaadinIcon.EDIT, "findings.edit", line, true, () -> new FindingDialog(
                            getTranslation("findings.dialog.edit"), line.textJa(),
                            line.textEn() == null ? "" : line.textEn(), (ja, en) -> {
                                service.edit(fiscalYear, type, line.index(), ja, en);
                                refresh();
                            }).open()),
                    action("hide", line.hidden() ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH,
                            line.hidden() ? "findings.show" : "findings.hide", line, true,
                            () -> service.hide(fiscalYear, type, line.index(), !line.hidden())),
                    action("up", VaadinIcon.ARROW_UP, "findings.up", line, line.index() > 0,
                            () -> service.move(fiscalYear, type, line.index(), -1)),
                    action("down", VaadinIcon.ARROW_DOWN, "findings.down", line, line.index() < count - 1,
                            () -> service.move(fiscalYear, type, line.index(), 1))));
        }
        return item;
    }

    private Button action(String id, VaadinIcon icon, String labelKey, FindingSummary line, boolean enabled,
            Runnable run) {
        Button button = new Button(icon.create(), e -> {
            run.run();
            refresh();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setId("finding-" + id + "-" + line.index());
        button.setEnabled(enabled);
        return button;
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("findings.reset"),
                getTranslation("findings.reset.confirm"), getTranslation("findings.reset"), e -> {
                    service.reset(fiscalYear, type);
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("answer.confirm.cancel"));
        dialog.setId("findings-reset-confirm");
        dialog.open();
    }
}
