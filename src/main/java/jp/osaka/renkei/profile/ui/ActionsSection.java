package jp.osaka.renkei.profile.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.StatusBadge;

/** The ward's own actions (取組み), each linking to its page; city-wide actions belong to 取組み, not here. */
class ActionsSection extends Div {

    ActionsSection(List<ActionRow> actions) {
        addClassName("profile-section");
        setId("profile-actions");
        add(new H2(getTranslation("profile.actions.title")));
        if (actions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("profile.actions.none"));
            none.setId("profile-actions-none");
            add(none);
            return;
        }
        Grid<ActionRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(action -> new Anchor("actions/" + action.id(), action.title()))
                .setHeader(getTranslation("action.field.title")).setFlexGrow(1);
        grid.addColumn(action -> getTranslation(action.status().messageKey()))
                .setHeader(getTranslation("action.field.status")).setAutoWidth(true).setFlexGrow(0);
        // a fixed width: the grid measures auto widths before the badge has its size, and cut it off
        grid.addComponentColumn(this::due).setHeader(getTranslation("action.field.dueDate")).setWidth("15rem")
                .setFlexGrow(0);
        grid.addColumn(action -> action.ownerWithoutAccount()
                ? getTranslation("action.owner.withoutAccount", action.ownerName()) : action.ownerName())
                .setHeader(getTranslation("action.field.owner")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(actions);
        grid.setAllRowsVisible(true);
        grid.setId("actions-grid");
        add(grid);
    }

    private Span due(ActionRow action) {
        Span due = new Span(DateFormats.date(action.dueDate(), getLocale()));
        due.addClassName("profile-action-due");
        if (action.overdue()) {
            due.add(StatusBadge.create(getTranslation("action.overdue"), StatusBadge.Tone.WARNING));
        }
        return due;
    }
}
