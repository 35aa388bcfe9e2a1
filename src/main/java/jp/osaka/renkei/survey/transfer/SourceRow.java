package jp.osaka.renkei.survey.transfer;

import java.util.List;

/** A row of a CSV or sheet before its cells are matched to columns; {@code line} is 1-based. */
record SourceRow(int line, List<SourceCell> cells) {

    SourceRow {
        cells = List.copyOf(cells);
    }

    SourceCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SourceCell.EMPTY;
    }

    boolean blank() {
        return cells.stream().allMatch(SourceCell::blank);
    }
}
