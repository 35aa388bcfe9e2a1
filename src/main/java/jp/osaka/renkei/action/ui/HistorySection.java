package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.base.i18n.DateFormats;

/** 変更履歴: every change of the action, newest first, with names instead of ids. */
class HistorySection extends Div {

    HistorySection(ActionDetail detail, ActionLabels labels) {
        addClassName("action-section");
        setId("action-history");
        Grid<ActionDetail.HistoryEntry> grid = new Grid<>();
        grid.addColumn(h -> DateFormats.dateTime(h.changedAt(), getLocale()))
                .setHeader(getTranslation("action.history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ActionDetail.HistoryEntry::changedBy).setHeader(getTranslation("action.history.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> getTranslation("action.history.field." + h.field().name()))
                .setHeader(getTranslation("action.history.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> labels.historyValue(h.field(), h.oldValue(), this::getTranslation))
                .setHeader(getTranslation("action.history.old"));
        grid.addColumn(h -> labels.historyValue(h.field(), h.newValue(), this::getTranslation))
                .setHeader(getTranslation("action.history.new"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(detail.history());
        grid.setId("history-grid");
        add(new H2(getTranslation("action.history")), grid);
    }
}
