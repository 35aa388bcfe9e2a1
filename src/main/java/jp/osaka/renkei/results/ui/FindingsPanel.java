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

import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.FindingSummary;
import jp.osaka.renkei.results.Findings;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * 所見 under an instrument's results: the sentences of the round against its own comparison round;
 * for administrators, with the buttons that curate them (edit, hide, move, add, back to generated).
 */
class FindingsPanel extends Div {

    private final FindingService service;
    private final int fiscalYear;
    private final RespondentType type;
    private final boolean admin;
    /** The list as this administrator last read it: its version goes with every edit. */
    private Findings shown;
    private @Nullable FindingDialog open;

    FindingsPanel(FindingService service, int fiscalYear, RespondentType type, boolean admin) {
        this.service = service;
        this.fiscalYear = fiscalYear;
        this.type = type;
        this.admin = admin;
        addClassName("findings-panel");
        setId("findings");
        this.shown = service.findings(fiscalYear, type);
        show();
    }

    private void refresh() {
        if (open != null) {
            open.close();
        }
        shown = service.findings(fiscalYear, type);
        show();
    }

    private void show() {
        removeAll();
        Findings findings = shown;
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
                    e -> dialog(new FindingDialog(getTranslation("findings.dialog.add"), "", "",
                            (ja, en) -> saved(() -> service.add(fiscalYear, type, shown.version(), ja, en)))));
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
                    action("edit", VaadinIcon.EDIT, "findings.edit", line, true, () -> dialog(new FindingDialog(
                            getTranslation("findings.dialog.edit"), line.textJa(),
                            line.textEn() == null ? "" : line.textEn(), (ja, en) -> saved(
                                    () -> service.edit(fiscalYear, type, shown.version(), line.index(), ja, en))))),
                    action("hide", line.hidden() ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH,
                            line.hidden() ? "findings.show" : "findings.hide", line, true,
                            () -> saved(() -> service.hide(fiscalYear, type, shown.version(), line.index(),
                                    !line.hidden()))),
                    action("up", VaadinIcon.ARROW_UP, "findings.up", line, line.index() > 0,
                            () -> saved(() -> service.move(fiscalYear, type, shown.version(), line.index(), -1))),
                    action("down", VaadinIcon.ARROW_DOWN, "findings.down", line, line.index() < count - 1,
                            () -> saved(() -> service.move(fiscalYear, type, shown.version(), line.index(), 1)))));
        }
        return item;
    }

    private Button action(String id, VaadinIcon icon, String labelKey, FindingSummary line, boolean enabled,
            Runnable run) {
        Button button = new Button(icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setId("finding-" + id + "-" + line.index());
        button.setEnabled(enabled);
        return button;
    }

    private void confirmReset() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("findings.reset"),
                getTranslation("findings.reset.confirm"), getTranslation("findings.reset"),
                e -> saved(() -> service.reset(fiscalYear, type, shown.version())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("answer.confirm.cancel"));
        dialog.setId("findings-reset-confirm");
        dialog.open();
    }

    private void dialog(FindingDialog dialog) {
        open = dialog;
        dialog.open();
    }

    /**
     * Runs an edit of the list as this administrator saw it and shows the list afresh. When someone changed the list
     * meanwhile, nothing is saved and the stale dialog says so; an open text dialog stays, with the input in it, until
     * the administrator reloads.
     */
    private boolean saved(Runnable edit) {
        return StaleDialog.saveAndReload("stale.what.findings", edit, this::refresh);
    }
}
