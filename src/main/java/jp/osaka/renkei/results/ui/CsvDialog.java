package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.function.Supplier;

import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.survey.RespondentType;

/**
 * Downloads one table of 集計結果 as CSV: UTF-8 with BOM for today's Excel, or Shift_JIS for older tools,
 * warning before the download about any character that Shift_JIS cannot hold.
 */
class CsvDialog extends Dialog {

    /** A table the user may download, with its file name. */
    private record Table(String label, String fileName, Supplier<CsvFile> file) {
    }

    private final Select<Table> table = new Select<>();
    private final RadioButtonGroup<Charset> encoding = new RadioButtonGroup<>();
    private final Paragraph warning = new Paragraph();

    CsvDialog(ResultsExportService exports, ResultsSelection selection, boolean admin) {
        setHeaderTitle(getTranslation("export.csv.title"));
        Locale locale = getLocale();
        int year = selection.round().fiscalYear();
        String round = FiscalYears.formatShort(year, locale);
        List<Table> tables = new ArrayList<>();
        for (RespondentType type : RespondentType.values()) {
            String name = getTranslation("export.csv.table.counts", getTranslation(type.messageKey()));
            tables.add(new Table(name, name + "_" + round + ".csv",
                    () -> exports.countsCsv(year, selection.comparisonYear(), type, locale)));
        }
        String mutual = getTranslation("export.csv.table.mutual");
        tables.add(new Table(mutual, mutual + "_" + round + ".csv", () -> exports.mutualPairsCsv(year, locale)));
        String reference = getTranslation("reference.title");
        tables.add(new Table(reference, reference + "_" + round + ".csv", () -> exports.referenceCsv(year, locale)));
        if (admin) {
            for (RespondentType type : RespondentType.values()) {
                String name = getTranslation("export.csv.table.wards", getTranslation(type.messageKey()));
                tables.add(new Table(name, name + "_" + round + ".csv", () -> exports.wardLevelsCsv(year, type, locale)));
            }
        }
        table.setLabel(getTranslation("export.csv.table"));
        table.setItems(tables);
        table.setItemLabelGenerator(Table::label);
        table.setValue(tables.get(selection.type().ordinal()));
        table.setWidthFull();
        table.setId("csv-table");
        encoding.setLabel(getTranslation("export.csv.encoding"));
        encoding.setItems(StandardCharsets.UTF_8, CsvFile.WINDOWS_31J);
        encoding.setItemLabelGenerator(charset -> getTranslation(
                charset.equals(StandardCharsets.UTF_8) ? "export.csv.utf8" : "export.csv.sjis"));
        encoding.setValue(StandardCharsets.UTF_8);
        encoding.setId("csv-encoding");
        warning.addClassName("csv-warning");
        warning.setId("csv-warning");
        warning.setVisible(false);
        table.addValueChangeListener(e -> checkCharacters());
        encoding.addValueChangeListener(e -> checkCharacters());
        Anchor download = new Anchor((DownloadHandler) event -> {
            Table chosen = table.getValue();
            event.setFileName(chosen.fileName());
            event.setContentType("text/csv");
            event.getOutputStream().write(chosen.file().get().encode(encoding.getValue()));
        }, "");
        download.getElement().setAttribute("download", true);
        Button downloadButton = new Button(getTranslation("export.csv.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.PRIMARY);
        download.add(downloadButton);
        download.setId("csv-download");
        add(table, encoding, warning);
        getFooter().add(new Button(getTranslation("answer.confirm.cancel"), e -> close()), download);
        setWidth("32rem");
    }

    private void checkCharacters() {
        Charset charset = encoding.getValue();
        SortedSet<String> missing = charset == null || charset.equals(StandardCharsets.UTF_8) ? new java.util.TreeSet<>()
                : table.getValue().file().get().unmappable(charset);
        warning.setText(getTranslation("export.csv.unmappable", String.join(" ", missing)));
        warning.setVisible(!missing.isEmpty());
    }
}
