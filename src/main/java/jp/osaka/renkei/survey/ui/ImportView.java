package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.LimitedUpload;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.UploadTexts;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.survey.AnswerTransferService;
import jp.osaka.renkei.survey.ImportPreview;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.transfer.ImportLimits;
import jp.osaka.renkei.survey.transfer.ImportProblem;

import org.jspecify.annotations.Nullable;

/**
 * 回答の取り込み (administrators): upload a CSV or Excel file of past answers, see what it would do
 * and every problem with its line, then bring it in all at once; download a round's answers.
 */
@Route("admin/import")
@Menu(order = 11, title = "menu.import", icon = "vaadin:upload")
@RolesAllowed(Roles.CITY_ADMIN)
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final AnswerTransferService transfer;
    private final Div result = new Div();
    private final Button commit = new Button();
    private byte @Nullable [] file;
    private String fileName = "";

    ImportView(AnswerTransferService transfer, RoundService rounds) {
        this.transfer = transfer;
        addClassName("import-view");
        Upload upload = new Upload(new LimitedUpload(ImportLimits.defaults().maxBytes(),
                (metadata, bytes) -> preview(metadata.fileName(), bytes), this::tooLarge));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // No limit on the file list: each new file simply replaces the preview of the last one.
        upload.setMaxFileSize((int) ImportLimits.defaults().maxBytes());
        upload.addFileRejectedListener(e -> refused(e.getFileName(), e.getErrorMessage()));
        upload.setId("import-upload");
        upload.setI18n(UploadTexts.create(com.vaadin.flow.component.UI.getCurrent()));
        commit.setText(getTranslation("import.commit"));
        commit.setIcon(VaadinIcon.CHECK.create());
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setEnabled(false);
        commit.setId("import-commit");
        commit.addClickListener(e -> commit());
        result.setId("import-result");
        result.setWidthFull();
        add(new ViewToolbar(getTranslation("import.title"), new TransferDownloads(transfer, rounds.findAll())),
                new Paragraph(getTranslation("import.help")), upload, result, commit);
    }

    private void tooLarge(String name) {
        refused(name, getTranslation("import.file.tooLarge", ImportLimits.defaults().maxBytes() / 1024 / 1024));
    }

    /** A refused file takes the earlier file's preview away with it: nothing is left to import by mistake. */
    void refused(String name, String reason) {
        file = null;
        fileName = "";
        result.removeAll();
        commit.setEnabled(false);
        Paragraph refusal = new Paragraph(getTranslation("import.file.refused", name, reason));
        refusal.setId("import-refused");
        refusal.addClassName("import-refused");
        result.add(refusal);
        Notifications.error(refusal.getText());
    }

    void preview(String name, byte[] bytes) {
        file = bytes;
        fileName = name;
        show(transfer.preview(bytes));
    }

    private void commit() {
        if (file == null) {
            return;
        }
        try {
            ImportPreview done = transfer.commit(file);
            Notifications.success(getTranslation("import.done", done.count(ImportPreview.Outcome.CREATE),
                    done.count(ImportPreview.Outcome.REPLACE), done.count(ImportPreview.Outcome.UNCHANGED)));
            show(transfer.preview(file));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void show(ImportPreview preview) {
        result.removeAll();
        Paragraph checked = new Paragraph(getTranslation("import.preview.file", fileName));
        checked.setId("import-file");
        checked.addClassName("import-file");
        result.add(checked);
        if (!preview.warnings().isEmpty()) {
            Div warnings = new Div();
            warnings.setId("import-warnings");
            warnings.addClassName("import-warnings");
            preview.warnings().forEach(w -> warnings.add(new Paragraph(getTranslation(w.messageKey(),
                    w.arguments().toArray()))));
            result.add(warnings);
        }
        if (!preview.ok()) {
            result.add(new H2(getTranslation("import.problems", preview.problems().size())));
            Grid<ImportProblem> problems = new Grid<>();
            problems.addColumn(p -> p.line() == 0 ? "" : getTranslation("import.line", p.line()))
                    .setHeader(getTranslation("import.where")).setAutoWidth(true).setFlexGrow(0);
            problems.addColumn(p -> p.column() == 0 ? "" : getTranslation("import.column", p.column()))
                    .setAutoWidth(true).setFlexGrow(0);
            problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                    .setHeader(getTranslation("import.problem"));
            problems.setItems(preview.problems());
            problems.setAllRowsVisible(preview.problems().size() <= 20);
            problems.setId("import-problems");
            problems.setWidthFull();
            result.add(problems);
        }
        result.add(new Paragraph(getTranslation("import.summary", preview.count(ImportPreview.Outcome.CREATE),
                preview.count(ImportPreview.Outcome.REPLACE), preview.count(ImportPreview.Outcome.UNCHANGED))));
        Grid<ImportPreview.Response> responses = new Grid<>();
        responses.addColumn(r -> FiscalYears.format(r.fiscalYear(), getLocale())).setHeader(getTranslation("rounds.year"));
        responses.addColumn(r -> r.ward().get(getLocale())).setHeader(getTranslation("status.ward"));
        responses.addColumn(r -> getTranslation(r.type().messageKey())).setHeader(getTranslation("import.respondent"));
        responses.addColumn(ImportPreview.Response::ratings).setHeader(getTranslation("import.ratings"));
        responses.addColumn(r -> getTranslation("import.outcome." + r.outcome().name()))
                .setHeader(getTranslation("import.outcome"));
        responses.setItems(preview.responses());
        responses.setAllRowsVisible(preview.responses().size() <= 20);
        responses.setId("import-responses");
        responses.setWidthFull();
        result.add(responses);
        commit.setEnabled(preview.ok() && preview.count(ImportPreview.Outcome.UNCHANGED) < preview.responses().size());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " | " + getTranslation("app.name");
    }
}
