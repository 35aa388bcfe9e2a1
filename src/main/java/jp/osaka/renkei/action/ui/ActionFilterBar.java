package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import jp.osaka.renkei.action.ActionFilter;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.survey.PartnerSummary;

/** The list's filters: ward (or 全市), partner, goal, status, owner, and overdue only. */
class ActionFilterBar extends HorizontalLayout {

    private final ComboBox<ActionLabels.Place> place = new ComboBox<>();
    private final ComboBox<PartnerSummary> partner = new ComboBox<>();
    private final ComboBox<GoalSummary> goal = new ComboBox<>();
    private final Select<ActionStatus> status = new Select<>();
    private final ComboBox<ActionService.Owner> owner = new ComboBox<>();
    private final Checkbox overdue = new Checkbox();

    ActionFilterBar(ActionLabels labels, ActionService actions, Runnable onChange) {
        addClassName("action-filters");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        place.setLabel(getTranslation("action.field.ward"));
        place.setItems(labels.places());
        place.setItemLabelGenerator(ActionLabels.Place::name);
        place.setId("filter-ward");
        partner.setLabel(getTranslation("action.field.partners"));
        partner.setItems(labels.partners());
        partner.setItemLabelGenerator(labels::partnerName);
        partner.setId("filter-partner");
        goal.setLabel(getTranslation("action.field.goal"));
        goal.setItems(labels.goals());
        goal.setItemLabelGenerator(g -> g.title().get(getLocale()));
        goal.setId("filter-goal");
        status.setLabel(getTranslation("action.field.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("action.any") : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("action.any"));
        status.setId("filter-status");
        owner.setLabel(getTranslation("action.field.owner"));
        owner.setItems(actions.owners());
        owner.setItemLabelGenerator(o -> OwnerLabel.of(o, this::getTranslation));
        owner.setId("filter-owner");
        overdue.setLabel(getTranslation("action.filter.overdue"));
        overdue.setId("filter-overdue");
        for (ComboBox<?> box : java.util.List.of(place, partner, goal, owner)) {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(e -> onChange.run());
        }
        status.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        add(place, partner, goal, status, owner, overdue);
    }

    ActionFilter filter() {
        ActionLabels.Place where = place.getValue();
        ActionService.Owner who = owner.getValue();
        return new ActionFilter(where == null ? null : where.wardId(), where != null && where.wardId() == null,
                partner.getValue() == null ? null : partner.getValue().id(),
                goal.getValue() == null ? null : goal.getValue().id(), status.getValue(),
                who == null ? null : who.username(), who == null || !who.withoutAccount() ? null : who.displayName(),
                overdue.getValue());
    }
}
