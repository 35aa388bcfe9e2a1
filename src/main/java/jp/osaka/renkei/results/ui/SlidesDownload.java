package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.results.ResultsExportService;

import org.jspecify.annotations.Nullable;

/**
 * 「PowerPoint で保存」: the 資料 of the round shown, with its comparison round, as an editable PowerPoint file.
 * The service builds the whole file first; only then is it written to the response.
 */
class SlidesDownload extends Composite<Anchor> {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private @Nullable ResultsSelection shown;

    SlidesDownload(ResultsExportService exports) {
        Anchor anchor = getContent();
        anchor.setHref((DownloadHandler) event -> {
            ResultsSelection selection = shown;
            if (selection == null) {
                return; // no round to show: the link is hidden
            }
            int round = selection.round().fiscalYear();
            byte[] file = exports.slides(round, selection.comparisonYear(), getLocale());
            event.setFileName(getTranslation("report.slides.file") + "_" + FiscalYears.formatShort(round, getLocale())
                    + ".pptx");
            event.setContentType(CONTENT_TYPE);
            event.setContentLength(file.length);
            event.getOutputStream().write(file);
        });
        anchor.getElement().setAttribute("download", true);
        anchor.add(new Button(getTranslation("report.slides.download"), VaadinIcon.FILE_PRESENTATION.create()));
        anchor.setId("download-pptx");
        anchor.addClassName("no-print");
        setVisible(false);
    }

    /** The round (and comparison round) that the file is made of. */
    void show(ResultsSelection selection) {
        this.shown = selection;
        setVisible(true);
    }
}
