package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.AnswerTransferService;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.transfer.AnswerFileWriter;
import jp.osaka.renkei.survey.transfer.AnswerRow;

/** Downloads beside the import: a round's answers as CSV or Excel, in the very format the import reads. */
class TransferDownloads extends Composite<HorizontalLayout> {

    /** Writes rows to a stream: CSV or Excel. */
    private interface Format {
        void write(List<AnswerRow> rows, OutputStream out) throws IOException;
    }

    private final AnswerTransferService transfer;
    private final Select<RoundSummary> round = new Select<>();

    TransferDownloads(AnswerTransferService transfer, List<RoundSummary> rounds) {
        this.transfer = transfer;
        round.setItems(rounds);
        round.setItemLabelGenerator(r -> FiscalYears.format(r.fiscalYear(), getLocale()));
        round.setAriaLabel(getTranslation("import.export.round"));
        rounds.stream().findFirst().ifPresent(round::setValue);
        round.setId("export-round");
        getContent().setAlignItems(HorizontalLayout.Alignment.BASELINE);
        getContent().add(template("import.template.csv", "csv", AnswerFileWriter::writeCsv, "template-csv"),
                template("import.template.xlsx", "xlsx", AnswerFileWriter::writeXlsx, "template-xlsx"), round,
                link("import.export.csv", "csv", AnswerFileWriter::writeCsv, "export-csv"),
                link("import.export.xlsx", "xlsx", AnswerFileWriter::writeXlsx, "export-xlsx"));
    }

    /** The headings alone: a file to fill in. */
    private Anchor template(String key, String extension, Format format, String id) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName("renkei-answers-template." + extension);
            format.write(List.of(), event.getOutputStream());
        }, getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }

    private Anchor link(String key, String extension, Format format, String id) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            int year = round.getValue().fiscalYear();
            event.setFileName("renkei-answers-" + year + "." + extension);
            format.write(transfer.export(year), event.getOutputStream());
        }, getTranslation(key));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
