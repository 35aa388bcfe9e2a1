package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.LinkedActions;

import org.jspecify.annotations.Nullable;

/** One goal, e.g. /goals/1: the actions linked to it that the user may read, each with its latest progress note. */
@Route("goals/:id")
@PermitAll
class GoalDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goals;
    private final LinkedActions linked;
    private final WardDirectory wards;
    private @Nullable GoalSummary goal;

    GoalDetailView(GoalService goals, LinkedActions linked, WardDirectory wards) {
        this.goals = goals;
        this.linked = linked;
        this.wards = wards;
        addClassName("goal-detail-view");
    }

    static String path(long id) {
        return "goals/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        GoalSummary shown = goals.findById(id).orElseThrow(NotFoundException::new);
        this.goal = shown;
        removeAll();
        RouterLink back = new RouterLink(getTranslation("goal.back"), GoalsView.class);
        back.setId("back-to-goals");
        add(back, new ViewToolbar(shown.title().get(getLocale())));
        if (shown.description() != null) {
            add(new Paragraph(shown.description()));
        }
        List<LinkedActions.LinkedAction> actions = linked.linkedTo(id);
        if (actions.isEmpty()) {
            add(new Paragraph(getTranslation("goal.actions.none")));
            return;
        }
        Grid<LinkedActions.LinkedAction> grid = new Grid<>();
        grid.addComponentColumn(a -> new Anchor("actions/" + a.id(), a.title()))
                .setHeader(getTranslation("action.field.title")).setFlexGrow(2);
        grid.addColumn(a -> a.wardId() == null ? getTranslation("action.cityWide")
                : wards.nameOf(a.wardId()).map(n -> n.get(getLocale())).orElse(""))
                .setHeader(getTranslation("action.field.ward")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("action.field.status")).setAutoWidth(true);
        grid.addColumn(a -> DateFormats.date(a.dueDate(), getLocale())).setHeader(getTranslation("action.field.dueDate"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::latestNote).setHeader(getTranslation("goal.latestNote")).setFlexGrow(3);
        grid.setItems(actions);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("goal-actions");
        add(grid);
    }

    private Component status(LinkedActions.LinkedAction action) {
        Span cell = new Span(StatusBadge.create(getTranslation(action.statusKey()),
                "DONE".equals(action.status()) ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL));
        if (action.overdue()) {
            cell.add(StatusBadge.create(getTranslation("action.overdue"), StatusBadge.Tone.WARNING));
        }
        return cell;
    }

    private Component latestNote(LinkedActions.LinkedAction action) {
        LinkedActions.LatestNote note = action.latestNote();
        if (note == null) {
            return new Span(getTranslation("goal.latestNote.none"));
        }
        Span byline = new Span(getTranslation("goal.latestNote.byline", DateFormats.date(note.date(), getLocale()),
                note.author()));
        byline.addClassName("goal-note-byline");
        Div cell = new Div(byline, new Span(note.text()));
        cell.addClassName("goal-latest-note");
        cell.setId("latest-note-" + action.id());
        return cell;
    }

    @Override
    public String getPageTitle() {
        return (goal == null ? getTranslation("goal.title") : goal.title().get(getLocale())) + " | "
                + getTranslation("app.name");
    }
}
