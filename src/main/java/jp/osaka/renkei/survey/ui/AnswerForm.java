package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.AnswerSheet;
import jp.osaka.renkei.survey.IncompleteResponseException;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundStatus;

/**
 * The 回答入力 form of one response: a row per item, 下書き保存 and 提出. Shows itself read-only once
 * submitted, when the round is not open, or when the user may only look.
 */
class AnswerForm extends Composite<VerticalLayout> {

    /** Sets whether the page has unsaved changes; the first call adds the browser's beforeunload check. */
    private static final String LEAVE_GUARD = "if (!window.renkeiLeaveGuard) { window.renkeiLeaveGuard = true;"
            + " window.addEventListener('beforeunload', e => { if (window.renkeiUnsaved) { e.preventDefault();"
            + " e.returnValue = ''; } }); } window.renkeiUnsaved = $0;";

    private final ResponseService responses;
    private final List<ItemRow> rows = new ArrayList<>();
    private final boolean administrator;
    private boolean guarded;
    private AnswerSheet sheet;
    private AnswerStatusBanner banner;

    /** @param administrator whether the user may reopen a submitted response (差し戻し) */
    AnswerForm(ResponseService responses, AnswerSheet sheet, boolean administrator) {
        this.responses = responses;
        this.sheet = sheet;
        this.administrator = administrator;
        getContent().addClassName("answer-form");
        getContent().setPadding(false);
        render();
        addDetachListener(e -> e.getUI().getPage().executeJs("window.renkeiUnsaved = false;"));
    }

    private void render() {
        getContent().removeAll();
        rows.clear();
        banner = new AnswerStatusBanner(sheet);
        getContent().add(new ViewToolbar(getTranslation("answer.heading",
                FiscalYears.format(sheet.round().fiscalYear(), getLocale()), sheet.wardName().get(getLocale()),
                getTranslation(sheet.key().type().messageKey()))), banner);
        if (sheet.editable()) {
            Paragraph legend = new Paragraph(getTranslation("answer.legend"));
            legend.addClassName("answer-legend");
            getContent().add(legend);
        }
        String previousCaption = sheet.round().comparisonFiscalYear() == null ? getTranslation("answer.previous.none")
                : getTranslation("answer.previous", FiscalYears.format(sheet.round().comparisonFiscalYear(), getLocale()));
        Div items = new Div();
        items.addClassName("answer-items");
        for (AnswerSheet.Line line : sheet.lines()) {
            ItemRow row = new ItemRow(line, sheet.editable(), previousCaption, this::guardLeaving);
            rows.add(row);
            items.add(row);
        }
        getContent().add(items);
        guardLeaving();
        if (sheet.editable()) {
            getContent().add(actions());
        } else if (administrator && sheet.status() == ResponseStatus.SUBMITTED
                && sheet.round().status() == RoundStatus.OPEN) {
            Button reopen = new Button(getTranslation("answer.reopen"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> new ReopenDialog(this::reopen).open());
            reopen.addThemeVariants(ButtonVariant.ERROR);
            reopen.setId("reopen");
            HorizontalLayout actions = new HorizontalLayout(reopen);
            actions.addClassName("answer-actions");
            getContent().add(actions);
        }
    }

    private void reopen(String reason) {
        run(() -> {
            sheet = responses.reopen(sheet.key(), reason, sheet.version());
            render();
            Notifications.success(getTranslation("answer.reopened"));
        });
    }

    private HorizontalLayout actions() {
        Button save = new Button(getTranslation("answer.saveDraft"), VaadinIcon.DOWNLOAD_ALT.create(), e -> saveDraft());
        save.setId("save-draft");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button submit = new Button(getTranslation("answer.submit"), VaadinIcon.CHECK.create(), e -> trySubmit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit");
        HorizontalLayout actions = new HorizontalLayout(save, submit);
        actions.addClassName("answer-actions");
        return actions;
    }

    void saveDraft() {
        run(() -> {
            sheet = responses.saveDraft(sheet.key(), inputs(), sheet.version());
            if (sheet.editable()) {
                // the rows already show what was saved: only the status line changes. Rebuilding all
                // twelve rows sent the whole form again, about 125 KB a save (docs/performance.md,
                // "Users at once")
                AnswerStatusBanner saved = new AnswerStatusBanner(sheet);
                getContent().replace(banner, saved);
                banner = saved;
            } else {
                render();
            }
            guardLeaving();
            Notifications.success(getTranslation("answer.saved"));
        });
    }

    /** 下書き保存, then the navigation that waited for it, unless the save failed. */
    void saveDraftThen(Runnable leave) {
        saveDraft();
        if (!hasUnsavedChanges()) {
            leave.run();
        }
    }

    /** Whether anything on the form differs from what the response holds (only an editable form can differ). */
    boolean hasUnsavedChanges() {
        if (!sheet.editable()) {
            return false;
        }
        Map<Long, AnswerSheet.Line> saved = sheet.lines().stream()
                .collect(Collectors.toMap(AnswerSheet.Line::itemId, line -> line));
        return rows.stream().anyMatch(row -> row.differsFrom(saved.get(row.input().itemId())));
    }

    /**
     * The browser asks before the tab is closed, reloaded or sent to another address while there are unsaved
     * changes (navigation inside the app asks with {@link UnsavedChangesDialog}, AnswerView).
     */
    private void guardLeaving() {
        boolean unsaved = hasUnsavedChanges();
        if (unsaved != guarded) {
            guarded = unsaved;
            getElement().executeJs(LEAVE_GUARD, unsaved);
        }
    }

    /** Lists the unanswered items, or asks for confirmation before submitting. */
    void trySubmit() {
        List<ItemRow> missing = rows.stream().filter(row -> !row.isAnswered()).toList();
        rows.forEach(row -> row.markUnanswered(!row.isAnswered()));
        if (!missing.isEmpty()) {
            new IncompleteDialog(missing.stream().map(ItemRow::itemNo).toList(), sheet,
                    () -> missing.getFirst().focus()).open();
            return;
        }
        new SubmitConfirmDialog(this::submit).open();
    }

    private void submit() {
        run(() -> {
            sheet = responses.submit(sheet.key(), inputs(), sheet.version());
            render();
            // 提出 is gone with the form's buttons: the focus goes to the status that says the answers are in
            banner.focus();
            Notifications.success(getTranslation("answer.submitted"));
        });
    }

    private void run(Runnable action) {
        StaleDialog.save("stale.what.answer", () -> {
            try {
                action.run();
            } catch (IncompleteResponseException e) {
                new IncompleteDialog(e.missingItemNumbers(), sheet, () -> { }).open();
            }
        }, this::reload);
    }

    private void reload() {
        sheet = responses.sheet(sheet.key());
        render();
    }

    private List<AnswerInput> inputs() {
        return rows.stream().map(ItemRow::input).toList();
    }

    List<ItemRow> rows() {
        return rows;
    }

    AnswerSheet sheet() {
        return sheet;
    }
}
