package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

import java.util.List;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * One item's small chart in the printed report: its name above its two bars, as on the bureau's slides, and
 * under them the same counts as a table, on screen and on paper (a chart alone is an image of its numbers). Who
 * answered each round is stated at the top of the page, not on every bar.
 */
class ReportChart extends Composite<Div> {

    ReportChart(ItemResult item, InstrumentResults counts) {
        String title = item.displayNo() + ". " + item.label().get(getLocale());
        Div name = new Div(title);
        name.addClassName("report-chart-title");
        RoundSummary comparison = counts.comparison();
        Respondents before = counts.comparisonRespondents();
        // the rounds' short names: who answered each round is stated once at the top of the page (「今回調査：令和3年度
        // （回答 24 / 24区）」), and a chart of a quarter of the page's width has no room to repeat it on every bar
        List<LevelBars.Bar> rows = LevelBars.ofItem(item, FiscalYears.formatShort(counts.round().fiscalYear(), getLocale()),
                comparison == null || before == null ? null : FiscalYears.formatShort(comparison.fiscalYear(), getLocale()));
        Chart chart = new Chart(Chart.Renderer.SVG, getTranslation("results.chart", title));
        chart.addClassName("report-chart-bars");
        chart.getStyle().set("height", (24 + 26 * rows.size()) + "px");
        chart.setOption(LevelBars.option(rows, level -> getTranslation(level.messageKey()),
                getTranslation("results.unanswered"), false));
        LevelTable table = LevelTable.of(rows, getTranslation("report.table.round"))
                .withCaption(getTranslation("results.chart", title));
        table.getElement().getClassList().add("report-chart-table");
        getContent().addClassName("report-chart");
        getContent().add(name, chart, table);
    }

    /** Adds what the report prints under the chart, e.g. the comments the bureau chose. */
    void addBelow(Component... components) {
        getContent().add(components);
    }
}
