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
                java.util.Arrays.stream(Column.values()).map(column -> columns.getOrDefault(column, -1) + 1).toList());
    }

    private boolean readHeader(SourceRow header) {
        for (int index = 0; index < header.cells().size(); index++) {
            String name = header.cell(index).text();
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

    private void readRow(SourceRow row) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        boolean good = true;
        for (Column column : Column.values()) {
            Integer index = columns.get(column);
            SourceCell cell = index == null ? SourceCell.EMPTY : row.cell(index);
            String value = cell.text().strip();
            if (cell.refusal() != null) {
                problems.add(ImportProblem.at(row.line(), index + 1, cell.refusal(), column.header()));
                good = false;
            } else if (column.required() && value.isEmpty()) {
                problems.add(ImportProblem.at(row.line(), index + 1, "import.cell.empty", column.header()));
                good = false;
            }
            values.put(column, value);
        }
        if (good) {
            add(row.line(), values);
        }
    }

    private void add(int line, Map<Column, String> values) {
        // compared as given: 北区 and 271276 are told apart only later, against the database
        List<String> key = List.of(values.get(Column.FISCAL_YEAR), values.get(Column.WARD),
                values.get(Column.RESPONDENT), values.get(Column.ITEM));
        Integer first = firstLineOfKey.putIfAbsent(key, line);
        if (first != null) {
            problems.add(ImportProblem.at(line, 0, "import.row.duplicate", first));
            return;
        }
        rows.add(new AnswerRow(line, values.get(Column.FISCAL_YEAR), values.get(Column.WARD),
                values.get(Column.RESPONDENT), values.get(Column.ITEM), values.get(Column.LEVEL),
                values.get(Column.COMMENT)));
    }
}
