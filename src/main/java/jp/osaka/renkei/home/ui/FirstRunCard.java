package jp.osaka.renkei.home.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import jp.osaka.renkei.home.FirstRunChecklist;
import jp.osaka.renkei.home.FirstRunStep;

/**
 * はじめに行うこと (the bureau, until every step is done): what a new installation needs before its first round,
 * each step with its state in words and an icon, and a link to the screen where it is done.
 */
class FirstRunCard extends Card {

    FirstRunCard(FirstRunChecklist checklist) {
        setId("first-run");
        addClassName("home-card");
        setTitle(new H2(getTranslation("home.firstRun.title")));
        add(new Paragraph(getTranslation("home.firstRun.intro")));
        UnorderedList steps = new UnorderedList();
        steps.addClassName("first-run-steps");
        for (FirstRunStep step : FirstRunStep.values()) {
            boolean done = checklist.done(step);
            Icon icon = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span state = new Span(getTranslation(done ? "home.firstRun.done" : "home.firstRun.todo"));
            state.getElement().getThemeList().add("badge small " + (done ? "success" : "contrast"));
            Anchor link = new Anchor(step.route(), getTranslation(step.messageKey()));
            Paragraph help = new Paragraph(getTranslation(step.messageKey() + ".help"));
            help.addClassName("first-run-help");
            ListItem item = new ListItem(icon, state, link, help);
            item.setId("first-run-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.addClassName(done ? "first-run-done" : "first-run-todo");
            steps.add(item);
        }
        add(steps);
    }
}
