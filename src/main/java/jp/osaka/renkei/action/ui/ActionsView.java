package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.PermitAll;

import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionSearch;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionSort;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.ward.WardService;

/**
 * 取組み: the actions the user may read, filtered, sorted and paged in the database; overdue ones are
 * marked. Ward users and the bureau create actions here; a click opens one.
 */
@Route("actions")
@Menu(order = 4, title = "menu.actions", icon = "vaadin:tasks")
@PermitAll
class ActionsView extends VerticalLayout implements HasDynamicTitle {

    /** Which keydowns of the grid open a row, and the key of the row's item (client-side expressions). */
    static final String ENTER_ON_A_ROW = "event.key === 'Enter' && element.getEventContext(event).section === 'body'";
    static final String FOCUSED_ITEM_KEY = "element.getEventContext(event).item?.key";

    private final ActionSearch search;
    private final ActionLabels labels;
    private final ActionFilterBar filters;
    private final Grid<ActionRow> grid = new Grid<>();

    ActionsView(ActionSearch search, ActionService actions, WardService wards, PartnerService partners,
            GoalService goals, CurrentUser currentUser) {
        this.search = search;
        this.labels = new ActionLabels(wards, partners, goals, getLocale(), getTranslation("action.cityWide"));
        this.filters = new ActionFilterBar(labels, actions, this::refresh);
        RenkeiUser user = currentUser.require();
        addClassName("actions-view");
        setSizeFull();
        Button create = new Button(getTranslation("action.create"), VaadinIcon.PLUS.create(),
                e -> new ActionDialog(null, labels, actions, user, id -> open(id)).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-action");
        create.setVisible(user.role() != Role.VIEWER);

        // a title keeps room for about fifteen characters (the whole on hover): auto-width columns left it four at
        // 1024 px; a narrower screen scrolls the list sideways
        grid.addColumn(ActionRow::title).setHeader(getTranslation("action.field.title"))
                .setSortProperty(ActionSort.TITLE.properties()).setWidth("15em").setFlexGrow(4)
                .setTooltipGenerator(ActionRow::title).setKey("title");
        grid.addColumn(r -> labels.place(r.wardId()).name()).setHeader(getTranslation("action.field.ward"))
                .setSortProperty(ActionSort.WARD.properties()).setAutoWidth(true).setKey("ward");
        grid.addColumn(r -> labels.partnerNames(r.partnerIds())).setHeader(getTranslation("action.field.partners"))
                .setWidth("10em").setFlexGrow(2).setTooltipGenerator(r -> labels.partnerNames(r.partnerIds()))
                .setKey("partners");
        grid.addColumn(r -> OwnerLabel.of(r.ownerName(), r.ownerWithoutAccount(), this::getTranslation))
                .setHeader(getTranslation("action.field.owner")).setSortProperty(ActionSort.OWNER.properties())
                .setAutoWidth(true).setKey("owner");
        Grid.Column<ActionRow> due = grid.addComponentColumn(this::dueDate)
                .setHeader(getTranslation("action.field.dueDate")).setSortProperty(ActionSort.DUE_DATE.properties())
                .setAutoWidth(true).setKey("dueDate");
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("action.field.status"))
                .setSortProperty(ActionSort.STATUS.properties()).setAutoWidth(true).setKey("status");
        grid.setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
        grid.setMultiSort(true);
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        openOnEnter();
        grid.setId("actions-grid");
        grid.addClassName("actions-grid");
        add(new ViewToolbar(getTranslation("action.title"), create), filters, grid);
        refresh();
    }

    private Component dueDate(ActionRow row) {
        Span date = new Span(DateFormats.date(row.dueDate(), getLocale()));
        if (!row.overdue()) {
            return date;
        }
        Span cell = new Span(date, StatusBadge.create(getTranslation("action.overdue"), StatusBadge.Tone.WARNING));
        cell.addClassName("action-overdue");
        return cell;
    }

    /**
     * Enter on a row opens it, as a click does (Space alone did). The grid tells which row had the focus by the
     * key of its item; a key the list no longer holds (the list changed meanwhile) opens nothing.
     */
    private void openOnEnter() {
        grid.getElement().addEventListener("keydown", e -> {
            var key = e.getEventData().get(FOCUSED_ITEM_KEY);
            ActionRow row = key == null || !key.isString() ? null
                    : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (row != null) {
                open(row.id());
            }
        }).setFilter(ENTER_ON_A_ROW).addEventData(FOCUSED_ITEM_KEY);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(ActionDetailView.path(id)));
    }

    private void refresh() {
        var filter = filters.filter();
        grid.setItems(query -> search.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) search.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.title") + " | " + getTranslation("app.name");
    }
}
