package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;

import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;

/**
 * One action by its address, e.g. /actions/12: its fields, progress notes, the bureau's review and the
 * history of changes. The service refuses another ward's action, whatever the URL.
 */
@Route("actions/:id")
@PermitAll
class ActionDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionService actions;
    private final ActionLabels labels;
    private final RenkeiUser user;
    private final Clock clock;
    private @Nullable ActionDetail detail;

    ActionDetailView(ActionService actions, WardService wards, PartnerService partners, GoalService goals,
            CurrentUser currentUser, Clock clock) {
        this.actions = actions;
        this.clock = clock;
        this.labels = new ActionLabels(wards, partners, goals, getLocale(), getTranslation("action.cityWide"));
        this.user = currentUser.require();
        addClassName("action-detail-view");
    }

    static String path(long id) {
        return "actions/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        try {
            show(actions.get(id));
        } catch (DomainException e) {
            throw new NotFoundException();
        }
    }

    private void reload() {
        if (detail != null) {
            show(actions.get(detail.id()));
        }
    }

    private void show(ActionDetail shown) {
        this.detail = shown;
        removeAll();
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> new ActionDialog(shown, labels, actions, user, id -> reload()).open());
        edit.setId("edit-action");
        edit.setVisible(shown.editable());
        RouterLink back = new RouterLink(getTranslation("action.back"), ActionsView.class);
        back.setId("back-to-actions");
        add(back, new ViewToolbar(shown.title(), edit), new ActionSummary(shown, labels));
        Div sections = new Div(new NotesSection(shown, actions,
                LocalDate.now(clock.withZone(DateFormats.ZONE)), this::reload),
                new ReviewSection(shown, actions, this::reload), new HistorySection(shown, labels));
        sections.addClassName("action-sections");
        add(sections);
        if (shown.description() != null) {
            Paragraph description = new Paragraph(shown.description());
            description.setId("action-description-text");
            addComponentAtIndex(3, description);
        }
    }

    @Override
    public String getPageTitle() {
        return (detail == null ? getTranslation("action.title") : detail.title()) + " | " + getTranslation("app.name");
    }
}
