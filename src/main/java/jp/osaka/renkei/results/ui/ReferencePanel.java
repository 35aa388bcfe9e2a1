package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Chart;
import jp.osaka.renkei.results.FacilityType;
import jp.osaka.renkei.results.ReferenceSurvey;

/**
 * The reference survey of one round: one bar per facility type under the total, each as shares of 100 %, and the
 * same as a table of counts with their shares.
 */
class ReferencePanel extends Composite<Div> {

    ReferencePanel(ReferenceSurvey survey, Chart.Renderer renderer) {
        Div panel = getContent();
        panel.addClassName("reference-panel");
        String title = getTranslation("reference.chartTitle", FiscalYears.format(survey.round().fiscalYear(), getLocale()));
        H3 heading = new H3(title);
        heading.addClassName("item-result-title");
        panel.add(heading);
        if (survey.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reference.none"));
            none.setId("reference-none");
            panel.add(none);
            return;
        }
        List<LevelBars.Bar> bars = new ArrayList<>();
        bars.add(new LevelBars.Bar(getTranslation("reference.total"), survey.total()));
        for (FacilityType type : FacilityType.values()) {
            bars.add(new LevelBars.Bar(getTranslation(type.messageKey()), survey.byType().get(type)));
        }
        Chart chart = new Chart(renderer, title);
        chart.addClassName("reference-chart");
        chart.getStyle().set("height", (40 + 34 * bars.size()) + "px");
        chart.setOption(LevelBars.option(bars, level -> getTranslation(level.messageKey()),
                getTranslation("results.unanswered"), true, true));
        panel.add(chart, LevelTable.withShares(bars, getTranslation("reference.facilityType"))
                .withCaption(title));
    }
}
