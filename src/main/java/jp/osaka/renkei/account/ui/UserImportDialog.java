package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import java.util.List;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.IssuedPassword;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.account.transfer.UserFileCheck;
import jp.osaka.renkei.account.transfer.UserFileReader;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.ui.LimitedUpload;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.UploadTexts;
import jp.osaka.renkei.ward.Ward;

import org.jspecify.annotations.Nullable;

/** ユーザーの一括登録: upload a CSV or xlsx file of accounts, see every line and its problems, create all or none. */
class UserImportDialog extends Dialog {

    private final UserAdministrationService users;
    private final List<Ward> wards;
    private final Runnable onDone;
    private final Div preview = new Div();
    private final Button commit = new Button();
    private UserFileCheck.@Nullable Result result;
    private String fileName = "";

    UserImportDialog(List<Ward> wards, UserAdministrationService users, Runnable onDone) {
        this.users = users;
        this.wards = wards;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("users.import.title"));
        setId("user-import-dialog");
        setWidth("min(64rem, 95vw)");
        Upload upload = new Upload(new LimitedUpload(UserFileReader.MAX_BYTES,
                (metadata, bytes) -> preview(metadata.fileName(), bytes), name -> tooLarge()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(UserFileReader.MAX_BYTES);
        upload.addFileRejectedListener(e -> tooLarge());
        upload.setId("user-import-upload");
        upload.setI18n(UploadTexts.create(UI.getCurrent()));
        preview.setId("user-import-preview");
        preview.setWidthFull();
        commit.setText(getTranslation("users.import.commit"));
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.setEnabled(false);
        commit.setId("user-import-commit");
        commit.addClickListener(e -> commit());
        add(new Paragraph(getTranslation("users.import.help")), upload, preview);
        getFooter().add(new Button(getTranslation("error.close"), e -> close()), commit);
    }

    private void tooLarge() {
        clear();
        Notifications.error(getTranslation("import.file.tooLarge", UserFileReader.MAX_BYTES / 1024 / 1024));
    }

    private void clear() {
        result = null;
        preview.removeAll();
        commit.setEnabled(false);
    }

    /** Reads and checks a file; a refused file clears the earlier preview. */
    void preview(String name, byte[] bytes) {
        clear();
        fileName = name;
        try {
            List<String> taken = users.findAll().stream().map(UserSummary::username).toList();
            result = new UserFileCheck(wards, taken::contains, this::getTranslation)
                    .check(UserFileReader.read(bytes));
        } catch (UserFileReader.UserFileException e) {
            preview.add(problem(getTranslation(e.messageKey())));
            return;
        }
        preview.add(new Paragraph(getTranslation("users.import.file", name, result.lines().size())));
        result.fileProblems().forEach(p -> preview.add(problem(text(p))));
        if (!result.lines().isEmpty()) {
            preview.add(grid(result.lines()));
        }
        commit.setEnabled(result.ok());
    }

    private Grid<UserFileCheck.Line> grid(List<UserFileCheck.Line> lines) {
        Grid<UserFileCheck.Line> grid = new Grid<>();
        grid.addColumn(UserFileCheck.Line::number).setHeader(getTranslation("users.import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserFileCheck.Line::login).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserFileCheck.Line::name).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(UserFileCheck.Line::role).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addColumn(UserFileCheck.Line::ward).setHeader(getTranslation("users.ward")).setAutoWidth(true);
        grid.addColumn(UserFileCheck.Line::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(l -> l.account() == null ? "" : getTranslation(l.account().signIn().messageKey()))
                .setHeader(getTranslation("users.signIn")).setAutoWidth(true);
        grid.addColumn(l -> l.problems().isEmpty() ? getTranslation("users.import.ok")
                : l.problems().stream().map(this::text).collect(Collectors.joining(" / ")))
                .setHeader(getTranslation("users.import.problems")).setFlexGrow(1);
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 15);
        grid.setId("user-import-lines");
        return grid;
    }

    private String text(UserFileCheck.Problem problem) {
        return getTranslation(problem.key(), problem.args().toArray());
    }

    private static Paragraph problem(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("user-import-problem");
        return p;
    }

    private void commit() {
        if (result == null || !result.ok()) {
            return;
        }
        try {
            List<IssuedPassword> issued = users.importAll(result.accounts(), fileName);
            Notifications.success(getTranslation("users.import.done", issued.size()));
            onDone.run();
            close();
            if (issued.stream().anyMatch(i -> i.oneTimePassword() != null)) {
                new ImportedPasswordsDialog(issued).open();
            }
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            UserFileCheck.Result stale = result;
            clear();
            if (stale != null) {
                preview.add(problem(getTranslation("users.import.failed")));
            }
        }
    }
}
