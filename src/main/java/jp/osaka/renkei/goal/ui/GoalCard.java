package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import jp.osaka.renkei.goal.GoalSummary;

/**
 * One goal on 目標・進捗: its title and description, then its sections — today the linked actions; the
 * KPI section (baseline → current → target) is meant to be added here as one more section.
 */
class GoalCard extends Card {

    GoalCard(GoalSummary goal, Component... sections) {
        addClassName("goal-card");
        setId("goal-" + goal.id());
        setTitle(new H2(goal.title().get(getLocale())));
        if (goal.description() != null) {
            add(new Paragraph(goal.description()));
        }
        add(sections);
    }
}
