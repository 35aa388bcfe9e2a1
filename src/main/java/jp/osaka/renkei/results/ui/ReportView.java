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
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;
import jp.osaka.renkei.results.FacilityType;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.ReferenceSurvey;
import jp.osaka.renkei.results.ReferenceSurveyService;
import jp.osaka.renkei.results.ResultsProperties;
import jp.osaka.renkei.results.ReportComment;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * 資料: the printable report of a round in the structure of the bureau's slide deck — title, the reference
 * survey, the ward-office page and the support-room page (bars with the comments the bureau chose under them,
 * legend, findings), まとめ and 今後の方向性. The 資料番号 in a box at the top right of the title page; the reference
 * page left out when the round has none. Printed on A4 landscape, a section per page, charts drawn as SVG, every
 * page with a footer ({@link ReportFooter}).
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
    private final Clock clock;
    /** The print footer's rule of the round shown, replaced with the round. */
    private Optional<Element> footer = Optional.empty();

    ReportView(ResultsService results, ReferenceSurveyService reference, FindingService findings,
            ConclusionsService conclusions, CommentService comments, ResultsExportService exports,
            ResultsProperties settings, Clock clock) {
        this.results = results;
        this.clock = clock;
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
        footer.ifPresent(Element::removeFromParent);
        footer = Optional.empty();
        ResultsSelection selection = ResultsSelection.from(event.getLocation().getQueryParameters(), visible)
                .orElse(null);
        if (selection == null) {
            report.add(new Paragraph(getTranslation("results.noRounds")));
            return;
        }
        picker.select(selection);
        slides.show(selection);
        int fiscalYear = selection.round().fiscalYear();
        Optional<Conclusions> written = conclusions.conclusions(fiscalYear);
        String label = written.map(Conclusions::documentLabel).orElse(null);
        report.add(titlePage(selection, label));
        ReferenceSurvey survey = reference.counts(fiscalYear);
        if (survey.isEmpty()) {
            // no near-empty page on paper: say on screen why it is left out
            Paragraph omitted = ResultsBasis.paragraph("report-reference-omitted",
                    getTranslation("report.reference.omitted"));
            omitted.addClassNames("no-print", "report-omitted");
            report.add(omitted);
        } else {
            report.add(referencePage(survey));
        }
        List<ReportComment> printed = comments.chosen(fiscalYear);
        for (RespondentType type : RespondentType.values()) {
            report.add(instrumentPage(results.instrument(fiscalYear, selection.comparisonYear(), type), printed));
        }
        report.add(conclusionsPage(written.filter(Conclusions::hasText)));
        String title = getTranslation("report.footer.title", FiscalYears.formatShort(fiscalYear, getLocale()));
        Element style = ReportFooter.style(label == null ? title : label + "　" + title,
                getTranslation("report.footer.made", DateFormats.date(LocalDate.now(clock), getLocale())));
        getElement().appendChild(style);
        footer = Optional.of(style);
    }

    private Section titlePage(ResultsSelection selection, @Nullable String label) {
        H1 title = new H1(getTranslation("report.heading"));
        Paragraph rounds = new Paragraph(getTranslation("report.rounds",
                FiscalYears.format(selection.round().fiscalYear(), getLocale()),
                selection.comparison() == null ? "—"
                        : FiscalYears.format(selection.comparison().fiscalYear(), getLocale())));
        Section page = page("report-title", title, new Paragraph(getTranslation("report.subtitle")), rounds);
        page.addClassName("report-title-page");
        if (label != null) {
            Div box = new Div(label);
            box.setId("report-document-label");
            box.addClassName("report-document-label");
            box.getElement().setAttribute("aria-label", getTranslation("report.documentLabel") + " " + label);
            page.addComponentAsFirst(box);
        }
        return page;
    }

    /** （参考）医療施設等（＊）における連携度: the source with the round, the bars, and what ＊ stands for. */
    private Section referencePage(ReferenceSurvey survey) {
        Paragraph source = ResultsBasis.paragraph("report-reference-source", getTranslation("report.reference.source",
                FiscalYears.formatShort(survey.round().fiscalYear(), getLocale())));
        source.addClassName("report-reference-source");
        String types = Arrays.stream(FacilityType.values()).map(type -> getTranslation(type.messageKey()))
                .collect(Collectors.joining(getTranslation("report.reference.footnote.separator")));
        Paragraph footnote = ResultsBasis.paragraph("report-reference-footnote",
                getTranslation("report.reference.footnote", types));
        footnote.addClassName("report-footnote");
        return page("report-reference", new H2(getTranslation("report.reference")), source,
                new ReferencePanel(survey, Chart.Renderer.SVG), footnote);
    }

    private Section instrumentPage(InstrumentResults counts, List<ReportComment> printed) {
        String slug = counts.type().slug();
        Paragraph respondents = ResultsBasis.paragraph("report-respondents-" + slug,
                (ResultsBasis.rounds(this, getLocale(), counts) + " " + ResultsBasis.changeBasis(this, counts)).strip());
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

    /** まとめ and 今後の方向性 as the bureau wrote them, with their headings, numbers and levels. */
    private Section conclusionsPage(Optional<Conclusions> written) {
        Section page = page("report-conclusions");
        written.ifPresentOrElse(text -> page.add(
                new H2(getTranslation("report.summary")), new OutlineList(text.summary(getLocale())),
                new H2(getTranslation("report.direction")), new OutlineList(text.direction(getLocale()))),
                () -> page.add(new Paragraph(getTranslation("report.noConclusions"))));
        return page;
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
