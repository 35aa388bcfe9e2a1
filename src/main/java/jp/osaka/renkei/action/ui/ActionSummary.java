package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.StatusBadge;

/** An action's fields as label–value pairs, with its status and, when it is late, the overdue badge. */
class ActionSummary extends Div {

    ActionSummary(ActionDetail detail, ActionLabels labels) {
        addClassName("action-summary");
        setId("action-summary");
        StatusBadge.Tone tone = detail.status() == ActionStatus.DONE ? StatusBadge.Tone.SUCCESS
                : StatusBadge.Tone.NEUTRAL;
        Span status = new Span(StatusBadge.create(getTranslation(detail.status().messageKey()), tone));
        if (detail.overdue()) {
            var overdue = StatusBadge.create(getTranslation("action.overdue"), StatusBadge.Tone.WARNING);
            overdue.setId("action-overdue");
            status.add(overdue);
        }
        status.setId("action-status-badges");
        add(pair("action.field.status", status),
                pair("action.field.ward", new Span(labels.place(detail.wardId()).name())),
                pair("action.field.partners", new Span(labels.partnerNames(detail.partnerIds()))),
                pair("action.field.goal", new Span(labels.goalTitle(detail.goalId()))),
                pair("action.field.owner", new Span(OwnerLabel.of(detail.ownerName(), detail.ownerWithoutAccount(),
                        this::getTranslation))),
                pair("action.field.dueDate", new Span(DateFormats.date(detail.dueDate(), getLocale()))));
    }

    private Div pair(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("action-summary-label");
        Div row = new Div(label, value);
        row.addClassName("action-summary-row");
        return row;
    }
}
