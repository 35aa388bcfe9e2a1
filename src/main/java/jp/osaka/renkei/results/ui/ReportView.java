package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.ConclusionsService;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.ReferenceSurveyService;
import jp.osaka.renkei.results.ResultsProperties;
import jp.osaka.renkei.results.ReportComment;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * 資料: the printable report of a round in the structure of the bureau's slide deck — title, the reference
 * survey, the ward-office page and the support-room page (bars with the comments the bureau chose under them,
 * legend, findings), まとめ and 今後の方向性.
 * Printed on A4 landscape, a section per page, charts drawn as SVG.
 */
@Route("results/report")
@Menu(order = 3.7, title = "menu.report", icon = "vaadin:print")
@PermitAll
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final ReferenceSurveyService reference;
    private final FindingService findings;
    private final ConclusionsService conclusions;
    private final CommentService comments;
    private final List<RoundSummary> visible;
    private final RoundPicker picker;
    private final Div report = new Div();
    private final SlidesDownload slides;
    private final int minimumRespondents;

    ReportView(ResultsService results, ReferenceSurveyService reference, FindingService findings,
            ConclusionsService conclusions, CommentService comments, ResultsExportService exports,
            ResultsProperties settings) {
        this.results = results;
        this.minimumRespondents = settings.minimumRespondents();
        this.reference = reference;
        this.findings = findings;
        this.conclusions = conclusions;
        this.comments = comments;
        this.visible = results.rounds();
        addClassName("report-view");
        picker = new RoundPicker(visible,
                next -> getUI().ifPresent(ui -> ui.navigate(ReportView.class, next.toQuery())));
        Button print = new Button(getTranslation("report.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setId("print-report");
        slides = new SlidesDownload(exports);
        ViewToolbar toolbar = new ViewToolbar(getTranslation("report.title"), picker, print, slides);
        toolbar.addClassName("no-print");
        report.addClassName("report");
        report.setWidthFull();
        add(toolbar, report);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        report.removeAll();
        ResultsSelection selection = ResultsSelection.from(event.getLocation().getQueryParameters(), visible)
                .orElse(null);
        if (selection == null) {
            report.add(new Paragraph(getTranslation("results.noRounds")));
            return;
        }
        picker.select(selection);
        slides.show(selection);
        report.add(titlePage(selection), referencePage(selection));
        List<ReportComment> printed = comments.chosen(selection.round().fiscalYear());
        for (RespondentType type : RespondentType.values()) {
            report.add(instrumentPage(results.instrument(selection.round().fiscalYear(), selection.comparisonYear(), type),
                    printed));
        }
        report.add(conclusionsPage(selection.round().fiscalYear()));
    }

    private Section titlePage(ResultsSelection selection) {
        H1 title = new H1(getTranslation("report.heading"));
        Paragraph rounds = new Paragraph(getTranslation("report.rounds",
                FiscalYears.format(selection.round().fiscalYear(), getLocale()),
                selection.comparison() == null ? "—"
                        : FiscalYears.format(selection.comparison().fiscalYear(), getLocale())));
        Section page = page("report-title", title, new Paragraph(getTranslation("report.subtitle")), rounds);
        page.addClassName("report-title-page");
        return page;
    }

    private Section referencePage(ResultsSelection selection) {
        return page("report-reference", new H2(getTranslation("report.reference")),
                new ReferencePanel(reference.counts(selection.round().fiscalYear()), Chart.Renderer.SVG));
    }

    private Section instrumentPage(InstrumentResults counts, List<ReportComment> printed) {
        String slug = counts.type().slug();
        Paragraph respondents = ResultsBasis.paragraph("report-respondents-" + slug,
                ResultsBasis.respondents(this, counts) + " " + ResultsBasis.changeBasis(this, counts));
        respondents.addClassName("report-respondents");
        Section page = page("report-" + slug, new H2(getTranslation("report.instrument",
                getTranslation(counts.type().messageKey()))), respondents);
        if (counts.withheld()) {
            // small numbers: the service gave no counts, and the findings would name them
            page.add(ResultsBasis.smallNumbers(this, "report-small-numbers-" + slug, "report.smallNumbers",
                    minimumRespondents));
            return page;
        }
        Div charts = new Div();
        charts.addClassName("report-charts");
        for (ItemResult item : counts.items()) {
            ReportChart chart = new ReportChart(item, counts);
            List<ReportComment> chosen = printed.stream()
                    .filter(comment -> comment.type() == counts.type() && comment.partnerId() == item.partnerId())
                    .toList();
            if (!chosen.isEmpty()) {
                chart.addBelow(new ReportComments(chosen));
            }
            charts.add(chart);
        }
        UnorderedList lines = new UnorderedList();
        lines.addClassName("report-findings");
        findings.findings(counts.round().fiscalYear(), counts.type()).lines().stream()
                .filter(line -> !line.hidden())
                .forEach(line -> {
                    ListItem item = new ListItem(line.text(getLocale()));
                    NoEnglishMarker.addTo(item, line, getLocale());
                    lines.add(item);
                });
        page.add(new LevelLegend(), charts, lines);
        return page;
    }

    /** まとめ and 今後の方向性 as the bureau wrote them, one bullet per line. */
    private Section conclusionsPage(int fiscalYear) {
        Section page = page("report-conclusions");
        conclusions.conclusions(fiscalYear).filter(text -> !text.isEmpty()).ifPresentOrElse(text -> page.add(
                new H2(getTranslation("report.summary")), bullets(text.summary(getLocale())),
                new H2(getTranslation("report.direction")), bullets(text.direction(getLocale()))),
                () -> page.add(new Paragraph(getTranslation("report.noConclusions"))));
        return page;
    }

    private static UnorderedList bullets(String text) {
        UnorderedList list = new UnorderedList();
        list.addClassName("report-conclusions");
        text.lines().map(String::strip).map(line -> line.replaceFirst("^[・＃#\\-]\\s*", ""))
                .filter(line -> !line.isEmpty())
                .forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static Section page(String id, com.vaadin.flow.component.Component... content) {
        Section page = new Section(content);
        page.addClassName("report-page");
        page.setId(id);
        return page;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " | " + getTranslation("app.name");
    }
}
