package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.ConclusionsService;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.results.ResultsProperties;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * 集計結果: per instrument, the wards per level for every item, this round against its comparison round,
 * as bars with their counts and, on request, as tables. The round, the comparison round, the instrument and
 * whether the tables are shown are in the URL. Without tables the page is a quarter of the components:
 * the load test (docs/performance.md) showed the tables as most of a signed-in session's memory. Under each chart, the comments
 * the user may read: the bureau every ward's (and chooses which the 資料 prints), a ward user its own ward's.
 */
@Route("results")
@Menu(order = 3, title = "menu.results", icon = "vaadin:bar-chart-h")
@PermitAll
class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final ResultsExportService exports;
    private final FindingService findings;
    private final ConclusionsService conclusions;
    private final CommentService comments;
    private final boolean admin;
    private final List<RoundSummary> visible;
    private final RoundPicker picker;
    /*
     * The instrument shown: a radio group, not tabs. Choosing one opens another URL rather than a panel, and
     * Vaadin's tabs put a focusable scroller between the tablist and its tabs (axe aria-required-children, 1.3.1).
     */
    private final RadioButtonGroup<RespondentType> types = new RadioButtonGroup<>();
    private final Div content = new Div();
    private @Nullable ResultsSelection selection;
    private final int minimumRespondents;

    ResultsView(ResultsService results, ResultsExportService exports, FindingService findings,
            ConclusionsService conclusions, CommentService comments, CurrentUser currentUser,
            ResultsProperties settings) {
        this.results = results;
        this.minimumRespondents = settings.minimumRespondents();
        this.exports = exports;
        this.findings = findings;
        this.conclusions = conclusions;
        this.comments = comments;
        this.admin = currentUser.require().role() == Role.CITY_ADMIN;
        this.visible = results.rounds();
        addClassName("results-view");
        picker = new RoundPicker(visible, this::show);
        types.setLabel(getTranslation("results.instrument"));
        types.setId("results-type");
        types.setItems(RespondentType.values());
        types.setItemLabelGenerator(type -> getTranslation(type.messageKey()));
        types.addValueChangeListener(event -> {
            // beforeEnter selects the instrument of the URL too: only a different choice navigates
            RespondentType type = event.getValue();
            if (type != null && selection != null && selection.type() != type) {
                show(selection.withType(type));
            }
        });
        content.addClassName("results-content");
        content.setWidthFull();
        add(new ViewToolbar(getTranslation("results.title"), picker), types, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selection = ResultsSelection.from(event.getLocation().getQueryParameters(), visible).orElse(null);
        content.removeAll();
        if (selection == null) {
            types.setVisible(false);
            content.add(new Paragraph(getTranslation("results.noRounds")));
            return;
        }
        picker.select(selection);
        types.setValue(selection.type());
        render(selection);
    }

    private void render(ResultsSelection shown) {
        InstrumentResults counts = results.instrument(shown.round().fiscalYear(), shown.comparisonYear(), shown.type());
        Map<Long, Level> own = results.ownWardAnswers(shown.round().fiscalYear(), shown.type());
        Div summary = new Div(ResultsBasis.paragraph("results-respondents", ResultsBasis.respondents(this, counts)));
        if (counts.withheld()) {
            summary.add(ResultsBasis.smallNumbers(this, "results-small-numbers", "results.smallNumbers",
                    minimumRespondents));
        } else if (counts.comparison() != null) {
            summary.add(ResultsBasis.paragraph("results-change-basis", ResultsBasis.changeBasis(this, counts)));
        }
        summary.addClassName("results-summary");
        if (admin) {
            Button wards = new Button(getTranslation("results.wardLevels"), VaadinIcon.GRID_SMALL.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(WardLevelsView.class, shown.toQuery())));
            wards.setId("show-ward-levels");
            summary.add(wards);
        }
        Button tables = new Button(getTranslation(shown.tables() ? "results.tables.hide" : "results.tables.show"),
                VaadinIcon.TABLE.create(), e -> show(shown.withTables(!shown.tables())));
        tables.setId("toggle-tables");
        tables.getElement().setAttribute("aria-pressed", Boolean.toString(shown.tables()));
        summary.add(tables, downloads(shown));
        // findings compare the round with its own comparison round, whatever the screen compares it with
        content.add(summary, new FindingsPanel(findings, shown.round().fiscalYear(), shown.type(), admin),
                findingsBasis(shown), new LevelLegend());
        Div items = new Div();
        items.addClassName("item-results");
        ItemComments itemComments = new ItemComments(comments, shown.round().fiscalYear(), shown.type(), admin);
        for (ItemResult item : counts.items()) {
            ItemResultPanel panel = new ItemResultPanel(item, counts, own.get(item.partnerId()), Chart.Renderer.CANVAS,
                    shown.tables());
            itemComments.below(item.partnerId()).ifPresent(panel::addBelow);
            items.add(panel);
        }
        content.add(items, new ConclusionsPanel(conclusions, shown.round().fiscalYear(), admin));
    }

    /** The round's workbook and, through a dialog, any table as CSV. */
    private Div downloads(ResultsSelection shown) {
        Anchor workbook = new Anchor((DownloadHandler) event -> {
            event.setFileName(getTranslation("results.title") + "_"
                    + FiscalYears.formatShort(shown.round().fiscalYear(), getLocale()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            byte[] file = exports.workbook(shown.round().fiscalYear(), shown.comparisonYear(), getLocale());
            event.setContentLength(file.length);
            event.getOutputStream().write(file);
        }, "");
        workbook.getElement().setAttribute("download", true);
        workbook.add(new Button(getTranslation("export.xlsx"), VaadinIcon.FILE_TABLE.create()));
        workbook.setId("download-xlsx");
        Button csv = new Button(getTranslation("export.csv"), VaadinIcon.DOWNLOAD.create(),
                e -> new CsvDialog(exports, shown, admin).open());
        csv.setId("download-csv");
        Div downloads = new Div(workbook, csv);
        downloads.addClassName("results-downloads");
        return downloads;
    }

    /**
     * What the findings rest on: they compare the round with its own comparison round (when the user may see
     * it), whatever the screen compares it with; or the small-numbers rule when they are withheld.
     */
    private Paragraph findingsBasis(ResultsSelection shown) {
        Integer own = shown.round().comparisonFiscalYear();
        Integer comparison = own != null && visible.stream().anyMatch(round -> round.fiscalYear() == own) ? own : null;
        InstrumentResults basis = results.instrument(shown.round().fiscalYear(), comparison, shown.type());
        if (basis.withheld()) {
            return ResultsBasis.smallNumbers(this, "findings-small-numbers", "findings.smallNumbers",
                    minimumRespondents);
        }
        String text = ResultsBasis.respondents(this, basis);
        String change = ResultsBasis.changeBasis(this, basis);
        Paragraph paragraph = ResultsBasis.paragraph("findings-basis",
                getTranslation("findings.basis", text) + (change.isEmpty() ? "" : " " + change));
        paragraph.addClassName("findings-basis");
        return paragraph;
    }

    private void show(ResultsSelection next) {
        getUI().ifPresent(ui -> ui.navigate(ResultsView.class, next.toQuery()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title") + " | " + getTranslation("app.name");
    }
}
