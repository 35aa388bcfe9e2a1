package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.results.InstrumentResults;
import jp.osaka.renkei.results.ItemResult;
import jp.osaka.renkei.results.Respondents;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * One item of 集計結果: its bars (this round above its comparison round, the count on every segment) with the
 * change per level in a line below or, when asked for, the same numbers and changes as a table beside them; a ward user's own
 * answer is named below and marked in the table. The chart's accessible name carries its numbers, so the
 * counts reach a screen reader without the table.
 */
class ItemResultPanel extends Composite<Div> {

    ItemResultPanel(ItemResult item, InstrumentResults counts, @Nullable Level ownAnswer, Chart.Renderer renderer,
            boolean withTable) {
        RoundSummary comparison = counts.comparison();
        Respondents before = counts.comparisonRespondents();
        String roundLabel = RespondentsLabel.row(this, getLocale(), counts.round().fiscalYear(), counts.respondents());
        String comparisonLabel = comparison == null || before == null ? null
                : RespondentsLabel.row(this, getLocale(), comparison.fiscalYear(), before);
        Div panel = getContent();
        panel.addClassName("item-result");
        panel.setId("item-" + item.partnerCode());
        String title = item.displayNo() + ". " + item.label().get(getLocale());
        H3 heading = new H3(title);
        heading.addClassName("item-result-title");
        panel.add(heading);
        if (comparison != null && item.comparison() == null) {
            panel.add(tag(getTranslation("results.onlyCurrent")));
        } else if (item.current() == null) {
            panel.add(tag(getTranslation("results.onlyComparison")));
        }
        List<LevelBars.Bar> bars = LevelBars.ofItem(item, roundLabel, comparisonLabel);
        Function<Level, String> levelName = level -> getTranslation(level.messageKey());
        String unanswered = getTranslation("results.unanswered");
        Chart chart = new Chart(renderer, getTranslation("results.chart", title) + " "
                + LevelBars.describe(bars, levelName, unanswered, this::getTranslation));
        chart.addClassName("item-result-chart");
        chart.getStyle().set("height", (28 + 34 * bars.size()) + "px");
        chart.setOption(LevelBars.option(bars, levelName, unanswered, false));
        Div body = new Div(chart);
        body.addClassName("item-result-body");
        if (withTable) {
            body.add(table(item, roundLabel, comparisonLabel, ownAnswer));
            body.addClassName("with-table");
        }
        panel.add(body);
        if (!withTable && item.current() != null && item.comparison() != null) {
            panel.add(changeLine(item));
        }
        if (ownAnswer != null) {
            Span own = new Span(getTranslation("results.ownWard", getTranslation(ownAnswer.messageKey())));
            own.addClassName("own-ward-answer");
            panel.add(own);
        }
    }

    /** Adds what belongs under the item's chart and lines, e.g. the wards' comments on the item. */
    void addBelow(Component... components) {
        getContent().add(components);
    }

    /** The change per level since the comparison round in one line, for when the table is not shown. */
    private Span changeLine(ItemResult item) {
        List<String> changes = new ArrayList<>();
        for (Level level : Level.values()) {
            changes.add(getTranslation("level.short." + level.name()) + " " + LevelTable.signed(item.change(level)));
        }
        Span line = new Span(getTranslation("results.change.line", getTranslation("results.change"),
                String.join(getTranslation("results.chart.separator"), changes)));
        line.addClassName("item-change");
        return line;
    }

    private LevelTable table(ItemResult item, String roundLabel, @Nullable String comparisonLabel,
            @Nullable Level ownAnswer) {
        // 未回答 always has its column here: a round with wards still to submit must say so
        LevelTable table = new LevelTable("", true);
        if (item.current() != null) {
            table.addCounts(roundLabel, item.current(), ownAnswer);
        }
        if (comparisonLabel != null && item.comparison() != null) {
            table.addCounts(comparisonLabel, item.comparison(), null);
        }
        Integer unansweredChange = item.unansweredChange();
        if (unansweredChange != null) {
            // over the wards that answered both rounds, as the screen's results-change-basis says
            table.addChange(getTranslation("results.change"), item::change, unansweredChange);
        }
        return table;
    }

    private static Span tag(String text) {
        Span tag = new Span(text);
        tag.getElement().getThemeList().add("badge contrast small");
        return tag;
    }
}
