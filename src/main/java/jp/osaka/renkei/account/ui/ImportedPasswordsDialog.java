package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.osaka.renkei.account.IssuedPassword;
import jp.osaka.renkei.account.transfer.UserListWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one-time passwords of imported password accounts, shown once (they are stored only as hashes), with a CSV
 * of login and password to hand them over; directory accounts have none and are left out.
 */
class ImportedPasswordsDialog extends Dialog {

    ImportedPasswordsDialog(List<IssuedPassword> issued) {
        List<IssuedPassword> local = issued.stream().filter(i -> i.oneTimePassword() != null).toList();
        setHeaderTitle(getTranslation("users.import.passwords.title"));
        setId("imported-passwords-dialog");
        Paragraph warning = new Paragraph(getTranslation("users.import.passwords.text"));
        warning.addClassName("warning");
        Grid<IssuedPassword> grid = new Grid<>();
        grid.addColumn(IssuedPassword::username).setHeader(getTranslation("users.username"));
        grid.addColumn(IssuedPassword::oneTimePassword).setHeader(getTranslation("users.oneTimePassword.title"));
        grid.setItems(local);
        grid.setAllRowsVisible(local.size() <= 15);
        grid.setId("imported-passwords");
        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("renkei-one-time-passwords.csv");
            Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
                printer.printRecord(UserListWriter.PASSWORD_HEADER);
                for (IssuedPassword i : local) {
                    printer.printRecord(i.username(), i.oneTimePassword());
                }
            }
        }, getTranslation("users.import.passwords.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("imported-passwords-csv");
        add(warning, csv, grid);
        getFooter().add(new Button(getTranslation("error.close"), e -> close()));
    }
}
