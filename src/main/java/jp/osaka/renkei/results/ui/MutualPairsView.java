package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.results.MutualPairs;
import jp.osaka.renkei.results.ResultsProperties;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * 相互評価: what each ward office answered about its coordinators and what the support room answered
 * about the ward office, with disagreements flagged and counted. Individual wards for administrators;
 * a ward's own users see their own ward; everyone sees the counts.
 */
@Route("results/mutual")
@Menu(order = 3.5, title = "menu.mutual", icon = "vaadin:exchange")
@PermitAll
class MutualPairsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final List<RoundSummary> visible;
    private final RoundPicker picker;
    private final Div summary = new Div();
    private final Checkbox onlyDisagreeing = new Checkbox();
    private final Grid<MutualPairs.Row> grid = new Grid<>();
    private @Nullable MutualPairs pairs;
    private final int minimumRespondents;

    MutualPairsView(ResultsService results, ResultsProperties settings) {
        this.results = results;
        this.minimumRespondents = settings.minimumRespondents();
        this.visible = results.rounds();
        addClassName("mutual-view");
        setSizeFull();
        picker = new RoundPicker(visible,
                next -> getUI().ifPresent(ui -> ui.navigate(MutualPairsView.class, next.toQuery())), false);
        summary.addClassName("mutual-summary");
        onlyDisagreeing.setLabel(getTranslation("mutual.onlyDisagreeing"));
        onlyDisagreeing.setId("only-disagreeing");
        onlyDisagreeing.addValueChangeListener(e -> refresh());
        grid.addColumn(row -> row.ward().get(getLocale())).setHeader(getTranslation("status.ward"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> level(row.officeAboutRoom())).setHeader(getTranslation("mutual.office"));
        grid.addComponentColumn(row -> level(row.roomAboutOffice())).setHeader(getTranslation("mutual.room"));
        grid.addComponentColumn(this::agreement).setHeader(getTranslation("mutual.agreement")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("mutual-grid");
        add(new ViewToolbar(getTranslation("mutual.title"), picker), summary, onlyDisagreeing, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ResultsSelection selection = ResultsSelection.from(event.getLocation().getQueryParameters(), visible)
                .orElse(null);
        summary.removeAll();
        if (selection == null) {
            summary.add(new Paragraph(getTranslation("results.noRounds")));
            onlyDisagreeing.setVisible(false);
            grid.setVisible(false);
            return;
        }
        picker.select(selection);
        pairs = results.mutualPairs(selection.round().fiscalYear());
        summary.add(ResultsBasis.paragraph("mutual-respondents", getTranslation("mutual.respondents",
                pairs.office().submitted(), pairs.room().submitted(), pairs.office().wards())));
        if (pairs.withheld()) {
            summary.add(ResultsBasis.smallNumbers(this, "mutual-small-numbers", "mutual.smallNumbers",
                    minimumRespondents));
        } else {
            summary.add(new Paragraph(getTranslation("mutual.summary", FiscalYears.format(pairs.round().fiscalYear(),
                    getLocale()), pairs.answeredByBoth(), pairs.disagreeing())),
                    new Paragraph(getTranslation("mutual.veryWell", pairs.answeredByBoth(), pairs.officeVeryWell(),
                            pairs.roomVeryWell())));
        }
        boolean anyWard = !pairs.wards().isEmpty();
        if (!anyWard) {
            summary.add(new Paragraph(getTranslation("mutual.wardsHidden")));
        }
        onlyDisagreeing.setVisible(pairs.wards().size() > 1);
        grid.setVisible(anyWard);
        refresh();
    }

    private void refresh() {
        if (pairs != null) {
            grid.setItems(pairs.wards().stream()
                    .filter(row -> !onlyDisagreeing.getValue() || row.disagrees())
                    .toList());
        }
    }

    private Span level(@Nullable Level level) {
        Span span = new Span(getTranslation(level == null ? "results.unanswered" : level.messageKey()));
        span.addClassName("level-chip");
        span.getStyle().set("--level-colour", level == null ? LevelBars.UNANSWERED_COLOUR : level.colour());
        return span;
    }

    private Span agreement(MutualPairs.Row row) {
        if (!row.answeredByBoth()) {
            return new Span();
        }
        Span badge = new Span(getTranslation(row.disagrees() ? "mutual.disagrees" : "mutual.agrees"));
        badge.getElement().getThemeList().add(row.disagrees() ? "badge error" : "badge success");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mutual.title") + " | " + getTranslation("app.name");
    }
}
