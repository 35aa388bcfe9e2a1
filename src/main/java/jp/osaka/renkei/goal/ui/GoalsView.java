package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.goal.LinkedActions;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

/**
 * 目標・進捗: each goal with its KPIs (baseline → current → target, progress, status, a line per round) and its
 * linked actions counted by status, and the way to the goal's actions.
 */
@Route("goals")
@Menu(order = 5, title = "menu.goals", icon = "vaadin:flag")
@PermitAll
class GoalsView extends VerticalLayout implements HasDynamicTitle {

    private final GoalService goals;
    private final LinkedActions linked;
    private final KpiService kpis;
    private final PartnerService partners;
    private final RoundService rounds;
    private final boolean administrator;

    GoalsView(GoalService goals, LinkedActions linked, KpiService kpis, PartnerService partners, RoundService rounds,
            CurrentUser currentUser) {
        this.goals = goals;
        this.linked = linked;
        this.kpis = kpis;
        this.partners = partners;
        this.rounds = rounds;
        this.administrator = currentUser.require().role() == Role.CITY_ADMIN;
        addClassName("goals-view");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new ViewToolbar(getTranslation("goal.title")), statusRules());
        Map<Long, List<LinkedActions.StatusCount>> counts = linked.countsByGoal();
        Map<Long, List<KpiResult>> results = kpis.all().stream().collect(Collectors.groupingBy(KpiResult::goalId));
        for (GoalSummary goal : goals.findAll()) {
            GoalCard card = new GoalCard(goal,
                    new KpiSection(results.getOrDefault(goal.id(), List.of()), administrator
                            ? kpi -> new KpiDialog(goal.id(), kpi, kpis, partners.findAll(), roundYears(), this::refresh).open()
                            : null),
                    new ActionCounts(goal.id(), counts.getOrDefault(goal.id(), List.of())));
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

    /** How a KPI's status is decided, in words, so that no one has to guess. */
    private Details statusRules() {
        Details rules = new Details(getTranslation("kpi.rules.title"));
        for (String key : List.of("kpi.rules.progress", "kpi.rules.achieved", "kpi.rules.onTrack", "kpi.rules.atRisk",
                "kpi.rules.offTrack", "kpi.rules.provisional", "kpi.rules.noBaseline", "kpi.rules.noData")) {
            rules.add(new Paragraph(getTranslation(key)));
        }
        rules.addClassName("kpi-rules");
        rules.setId("kpi-rules");
        return rules;
    }

    private List<Integer> roundYears() {
        return rounds.findAll().stream().map(RoundSummary::fiscalYear).sorted().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goal.title") + " | " + getTranslation("app.name");
    }
}
