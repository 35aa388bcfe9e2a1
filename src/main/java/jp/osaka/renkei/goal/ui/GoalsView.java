package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;

import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.LinkedActions;

/** 目標・進捗: each goal with its linked actions counted by status, and the way to the goal's actions. */
@Route("goals")
@Menu(order = 5, title = "menu.goals", icon = "vaadin:flag")
@PermitAll
class GoalsView extends VerticalLayout implements HasDynamicTitle {

    private final GoalService goals;
    private final LinkedActions linked;
    private final boolean administrator;

    GoalsView(GoalService goals, LinkedActions linked, CurrentUser currentUser) {
        this.goals = goals;
        this.linked = linked;
        this.administrator = currentUser.require().role() == Role.CITY_ADMIN;
        addClassName("goals-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new ViewToolbar(getTranslation("goal.title")));
        Map<Long, List<LinkedActions.StatusCount>> counts = linked.countsByGoal();
        for (GoalSummary goal : goals.findAll()) {
            GoalCard card = new GoalCard(goal, new ActionCounts(goal.id(), counts.getOrDefault(goal.id(), List.of())));
            Button open = new Button(getTranslation("goal.open"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(GoalDetailView.path(goal.id()))));
            open.setIconAfterText(true);
            open.setId("open-goal-" + goal.id());
            HorizontalLayout buttons = new HorizontalLayout(open);
            buttons.addClassName("goal-buttons");
            if (administrator) {
                Button edit = new Button(getTranslation("goal.edit"), VaadinIcon.EDIT.create(),
                        e -> new GoalDialog(goal, goals, this::refresh).open());
                edit.setId("edit-goal-" + goal.id());
                buttons.add(edit);
            }
            card.add(buttons);
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goal.title") + " | " + getTranslation("app.name");
    }
}
