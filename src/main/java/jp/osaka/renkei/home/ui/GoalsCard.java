package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import java.util.List;

import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.results.Respondents;

/**
 * ホーム for the bureau: every goal's KPIs at a glance, each with its status and who answered the round it was
 * measured on, linking to 目標・進捗.
 */
class GoalsCard extends Card {

    GoalsCard(List<GoalSummary> goals, List<KpiResult> kpis) {
        setTitle(new H2(getTranslation("kpi.home.title")));
        setId("goals-at-a-glance");
        addClassNames("home-card", "goals-card");
        for (GoalSummary goal : goals) {
            Div block = new Div(new Anchor("goals", goal.title().get(getLocale())));
            block.addClassName("goals-card-goal");
            kpis.stream().filter(kpi -> kpi.goalId() == goal.id()).forEach(kpi -> {
                Span status = new Span(getTranslation(kpi.progress().status().messageKey()));
                status.getElement().getThemeList().add("badge small " + kpi.progress().status().tone());
                Div line = new Div(status, new Span(kpi.name().get(getLocale())));
                line.addClassName("goals-card-kpi");
                Respondents respondents = kpi.respondents();
                if (respondents != null) {
                    Span answered = new Span(getTranslation("kpi.respondents", respondents.submitted(),
                            respondents.wards()));
                    answered.addClassName("goals-card-respondents");
                    answered.setId("goals-card-respondents-" + kpi.id());
                    line.add(answered);
                }
                block.add(line);
            });
            add(block);
        }
    }
}
