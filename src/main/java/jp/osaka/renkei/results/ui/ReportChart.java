package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import java.util.List;

import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.RoundSummary;

/** One item's small chart in the printed report: its name above its two bars, as on the bureau's slides. */
class ReportChart extends Composite<Div> {

    ReportChart(ItemResult item, InstrumentResults counts) {
        String title = item.displayNo() + ". " + item.label().get(getLocale());
        Div name = new Div(title);
        name.addClassName("report-chart-title");
        RoundSummary comparison = counts.comparison();
        Respondents before = counts.comparisonRespondents();
        List<LevelBars.Bar> bars = LevelBars.ofItem(item,
                RespondentsLabel.row(this, getLocale(), counts.round().fiscalYear(), counts.respondents()),
                comparison == null || before == null ? null : RespondentsLabel.row(this, getLocale(), comparison.fiscalYear(), before));
        Chart chart = new Chart(Chart.Renderer.SVG, getTranslation("results.chart", title));
        chart.addClassName("report-chart-bars");
        chart.getStyle().set("height", (24 + 26 * bars.size()) + "px");
        chart.setOption(LevelBars.option(bars, level -> getTranslation(level.messageKey()),
                getTranslation("results.unanswered"), false));
        getContent().addClassName("report-chart");
        getContent().add(name, chart);
    }

    /** Adds what the report prints under the chart, e.g. the comments the bureau chose. */
    void addBelow(Component... components) {
        getContent().add(components);
    }
}
