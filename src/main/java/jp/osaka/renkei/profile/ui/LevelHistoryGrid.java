package jp.osaka.renkei.profile.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.ui.Contrast;
import jp.osaka.renkei.results.WardHistory;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/** One instrument's items as rows and every round as a column: the level the ward gave, coloured as everywhere. */
class LevelHistoryGrid extends Div {

    LevelHistoryGrid(WardHistory history, RespondentType type) {
        addClassName("profile-section");
        setId("levels-" + type.slug());
        H2 title = new H2(getTranslation("profile.levels.title", getTranslation(type.messageKey())));
        Grid<WardHistory.ItemHistory> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(item -> item.itemNo() + ". " + item.label().get(getLocale()))
                .setHeader(getTranslation("profile.levels.item")).setFrozen(true).setWidth("16rem").setFlexGrow(1);
        for (RoundSummary round : history.rounds()) {
            boolean submitted = history.submitted(round.id(), type);
            grid.addComponentColumn(item -> cell(submitted, item.level(round.id())))
                    .setHeader(header(round)).setTextAlign(ColumnTextAlign.CENTER).setWidth("7.5rem").setFlexGrow(0)
                    .setKey("round-" + round.fiscalYear());
        }
        grid.setItems(history.items(type));
        grid.setAllRowsVisible(true);
        grid.setId("levels-grid-" + type.slug());
        add(title, grid);
    }

    /** 令和3年度 (2021) over two lines, so that many rounds fit side by side. */
    private Span header(RoundSummary round) {
        Span header = new Span(FiscalYears.format(round.fiscalYear(), getLocale()));
        header.addClassName("profile-round-header");
        return header;
    }

    private Span cell(boolean submitted, @Nullable Level level) {
        Span cell = new Span();
        cell.addClassName("level-cell");
        if (!submitted) {
            cell.setText(getTranslation("results.unanswered"));
            cell.addClassName("level-cell-empty");
        } else if (level == null) {
            cell.setText(getTranslation("profile.levels.notAsked"));
            cell.setTitle(getTranslation("profile.levels.notAsked.title"));
            cell.addClassName("level-cell-empty");
        } else {
            cell.setText(getTranslation("level.short." + level.name()));
            cell.setTitle(getTranslation(level.messageKey()));
            cell.getStyle().set("background", level.colour()).set("color", Contrast.textOn(level.colour()));
        }
        return cell;
    }
}
