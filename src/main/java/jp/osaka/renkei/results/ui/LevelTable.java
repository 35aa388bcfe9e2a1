package jp.osaka.renkei.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.function.Function;

import jp.osaka.renkei.results.LevelCounts;
import jp.osaka.renkei.survey.Level;

import org.jspecify.annotations.Nullable;

/**
 * The numbers of a chart as a table, for reading, copying and screen readers: a row per bar with the
 * count per level (and 未回答 where there is any), optionally a row of changes; a ward's own answer marked.
 */
class LevelTable extends Composite<NativeTable> {

    private final NativeTableBody body = new NativeTableBody();
    private final boolean withUnanswered;

    LevelTable(String corner, boolean withUnanswered) {
        this.withUnanswered = withUnanswered;
        NativeTableHeaderCell cornerCell = new NativeTableHeaderCell(corner);
        NativeTableRow header = new NativeTableRow(cornerCell);
        for (Level level : Level.values()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("level.short." + level.name()));
            cell.getElement().setAttribute("title", getTranslation(level.messageKey()));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        if (withUnanswered) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("results.unanswered"));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        getContent().addClassName("level-table");
        getContent().add(new NativeTableHeader(header), body);
    }

    static LevelTable of(List<LevelBars.Bar> bars, String corner) {
        LevelTable table = new LevelTable(corner, bars.stream().anyMatch(bar -> bar.counts().unanswered() > 0));
        bars.forEach(bar -> table.addCounts(bar.label(), bar.counts(), null));
        return table;
    }

    /** As {@link #of}, each count with its share of the bar beside it, as a chart of shares draws it: 「215（22.1%）」. */
    static LevelTable withShares(List<LevelBars.Bar> bars, String corner) {
        LevelTable table = of(bars, corner);
        List<NativeTableRow> rows = table.body.getChildren().map(NativeTableRow.class::cast).toList();
        for (int i = 0; i < bars.size(); i++) {
            LevelCounts counts = bars.get(i).counts();
            List<NativeTableCell> cells = rows.get(i).getChildren().skip(1).map(NativeTableCell.class::cast).toList();
            for (int column = 0; column < cells.size(); column++) {
                int count = column < Level.values().length ? counts.count(Level.values()[column]) : counts.unanswered();
                Span share = new Span(table.getTranslation("results.share", LevelBars.share(count, counts)));
                share.addClassName("level-share");
                cells.get(column).add(share);
            }
        }
        return table;
    }

    /**
     * Names the table for screen readers (a caption kept out of sight: the heading or title above the chart
     * already says it on screen and on paper).
     */
    LevelTable withCaption(String text) {
        getContent().setCaptionText(text);
        getContent().getCaption().addClassName("visually-hidden");
        return this;
    }

    void addCounts(String label, LevelCounts counts, @Nullable Level ownAnswer) {
        NativeTableRow row = new NativeTableRow(rowHeader(label));
        for (Level level : Level.values()) {
            NativeTableCell cell = new NativeTableCell(Integer.toString(counts.count(level)));
            if (level == ownAnswer) {
                Span marker = new Span(getTranslation("results.ownWard.marker"));
                marker.addClassName("own-ward-marker");
                cell.add(marker);
                cell.addClassName("own-ward");
            }
            row.add(cell);
        }
        if (withUnanswered) {
            row.add(new NativeTableCell(Integer.toString(counts.unanswered())));
        }
        body.add(row);
    }

    void addChange(String label, Function<Level, @Nullable Integer> change, int unansweredChange) {
        NativeTableRow row = new NativeTableRow(rowHeader(label));
        for (Level level : Level.values()) {
            row.add(new NativeTableCell(signed(change.apply(level))));
        }
        if (withUnanswered) {
            row.add(new NativeTableCell(signed(unansweredChange)));
        }
        row.addClassName("change-row");
        body.add(row);
    }

    /** +5, -2, ±0: how the bureau writes a change. */
    static String signed(@Nullable Integer change) {
        if (change == null) {
            return "";
        }
        return change == 0 ? "±0" : (change > 0 ? "+" : "") + change;
    }

    private static NativeTableHeaderCell rowHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }
}
