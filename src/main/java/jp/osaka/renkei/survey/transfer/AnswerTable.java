package jp.osaka.renkei.survey.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of a CSV or sheet, header first, into answer rows and problems: the same rules for
 * both formats.
 */
final class AnswerTable {

    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final List<AnswerRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final Map<List<String>, Integer> firstLineOfKey = new HashMap<>();

    private AnswerTable() {
    }

    static ParsedFile read(Iterator<SourceRow> source, int maxRows) {
        return new AnswerTable().readAll(source, maxRows);
    }

    private ParsedFile readAll(Iterator<SourceRow> source, int maxRows) {
        SourceRow header = source.hasNext() ? source.next() : new SourceRow(1, List.of());
        if (!readHeader(header.line() == 1 ? header : new SourceRow(1, List.of()))) {
            return new ParsedFile(List.of(), problems);
        }
        int count = 0;
        while (source.hasNext()) {
            SourceRow row = source.next();
            if (row.blank()) {
                continue;
            }
            if (++count > maxRows) {
                return ParsedFile.refused(ImportProblem.at(row.line(), 0, "import.file.tooManyRows", maxRows));
            }
            readRow(row);
        }
        // in the order of Column, which is the order of AnswerFileReader.HEADER
        return new ParsedFile(rows, problems,
                java.util.Arrays.stream(Column.values()).map(column -> columns.getOrDefault(column, -1) + 1).toList(),
                warnings);
    }

    private boolean readHeader(SourceRow header) {
        for (int index = 0; index < header.cells().size(); index++) {
            String name = header.cell(index).text();
            if (!name.isBlank() && !Column.known(name)) {
                // read on without it, but say so: a column the user meant to be read may be misnamed
                warnings.add(ImportProblem.at(1, index + 1, "import.column.extra", name.strip()));
            }
            for (Column column : Column.values()) {
                if (column.matches(name) && columns.putIfAbsent(column, index) != null) {
                    problems.add(ImportProblem.at(1, index + 1, "import.column.duplicate", column.header()));
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.at(1, 0, "import.column.missing", column.header()));
            }
        }
        return problems.isEmpty();
    }

    private boolean readCells(SourceRow row, Map<Column, String> values) {
        boolean good = true;
        for (Column column : Column.values()) {
            Integer index = columns.get(column);
            SourceCell cell = index == null ? SourceCell.EMPTY : row.cell(index);
            String value = cell.refusal() == null ? cellText(row, column) : "";
            if (cell.refusal() != null) {
                problems.add(ImportProblem.at(row.line(), index + 1, cell.refusal(), column.header()));
                good = false;
            } else if (column.required() && value.isEmpty()) {
                problems.add(ImportProblem.at(row.line(), index + 1, "import.cell.empty", column.header()));
                good = false;
            }
            values.put(column, value);
        }
        return good;
    }

    private void readRow(SourceRow row) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        if (readCells(row, values)) {
            add(row.line(), values);
        }
    }

    /** A name for people stands in for its code when the code's cell is empty (a template filled in by hand). */
    private String cellText(SourceRow row, Column column) {
        String value = text(row, column);
        Column name = column == Column.WARD ? Column.WARD_NAME : column == Column.ITEM ? Column.ITEM_NAME : null;
        return value.isEmpty() && name != null ? text(row, name) : value;
    }

    private String text(SourceRow row, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).text().strip();
    }

    private void add(int line, Map<Column, String> values) {
        // compared as given but for 全角 and 半角 (５ is 5): 北区 and 271276 are told apart only later, against the database
        List<String> key = java.util.stream.Stream.of(Column.FISCAL_YEAR, Column.WARD, Column.RESPONDENT, Column.ITEM)
                .map(column -> java.text.Normalizer.normalize(values.get(column), java.text.Normalizer.Form.NFKC))
                .toList();
        Integer first = firstLineOfKey.putIfAbsent(key, line);
        if (first != null) {
            problems.add(ImportProblem.at(line, 0, "import.row.duplicate", first));
            return;
        }
        rows.add(new AnswerRow(line, values.get(Column.FISCAL_YEAR), values.get(Column.WARD),
                values.get(Column.RESPONDENT), values.get(Column.ITEM), values.get(Column.LEVEL),
                values.get(Column.COMMENT), values.get(Column.WARD_NAME), values.get(Column.ITEM_NAME)));
    }
}
