package jp.osaka.renkei.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;

/**
 * The tables of 集計結果 as rows of cells, for CSV and for the workbook: counts stay numbers, headers
 * come from the message bundles in the reader's language.
 */
final class ResultsTables {

    /** A message key and its arguments to text. */
    interface Messages extends BiFunction<String, Object[], String> {

        default String get(String key, Object... arguments) {
            return apply(key, arguments);
        }
    }

    private final Messages messages;
    private final Locale locale;

    ResultsTables(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Per item: this round's counts, the comparison round's, and the change per level. */
    CsvFile counts(InstrumentResults results) {
        List<String> header = new ArrayList<>(List.of(messages.get("export.itemNo"), messages.get("export.item"),
                messages.get("export.round")));
        for (Level level : Level.values()) {
            header.add(messages.get(level.messageKey()));
        }
        header.add(messages.get("results.unanswered"));
        header.add(messages.get("export.respondents"));
        header.add(messages.get("export.wards"));
        List<List<?>> rows = new ArrayList<>();
        Respondents before = results.comparisonRespondents();
        Respondents paired = results.paired();
        for (ItemResult item : results.items()) {
            String label = item.label().get(locale);
            if (item.current() != null) {
                rows.add(countsRow(item.displayNo(), label, results.round(), item.current(), results.respondents()));
            }
            if (results.comparison() != null && before != null && item.comparison() != null) {
                rows.add(countsRow(item.displayNo(), label, results.comparison(), item.comparison(), before));
            }
            Integer unansweredChange = item.unansweredChange();
            if (unansweredChange != null && paired != null) {
                // over the wards that answered both rounds: their number is the change row's 回答した区の数
                List<Object> change = new ArrayList<>(List.of(item.displayNo(), label, messages.get("results.change")));
                for (Level level : Level.values()) {
                    change.add(item.change(level));
                }
                change.add(unansweredChange);
                change.add(paired.submitted());
                change.add(paired.wards());
                rows.add(change);
            }
        }
        if (results.withheld()) {
            // small numbers: who answered, without any count per level
            rows.add(respondentsRow(results.round(), results.respondents()));
            if (results.comparison() != null && before != null) {
                rows.add(respondentsRow(results.comparison(), before));
            }
        }
        return new CsvFile(header, rows);
    }

    private List<Object> respondentsRow(RoundSummary round, Respondents respondents) {
        List<Object> row = new ArrayList<>(List.of("", "", FiscalYears.format(round.fiscalYear(), locale)));
        for (int cell = 0; cell <= Level.values().length; cell++) {
            row.add("");
        }
        row.add(respondents.submitted());
        row.add(respondents.wards());
        return row;
    }

    /** 相互評価: each visible ward's pair of answers and whether they differ. */
    CsvFile mutualPairs(MutualPairs pairs) {
        List<String> header = List.of(messages.get("status.ward"), messages.get("mutual.office"),
                messages.get("mutual.room"), messages.get("mutual.agreement"));
        List<List<?>> rows = new ArrayList<>();
        for (MutualPairs.Row row : pairs.wards()) {
            rows.add(List.of(row.ward().get(locale), level(row.officeAboutRoom()), level(row.roomAboutOffice()),
                    !row.answeredByBoth() ? "" : messages.get(row.disagrees() ? "mutual.disagrees" : "mutual.agrees")));
        }
        return new CsvFile(header, rows);
    }

    /** Every ward's level per item (administrators). */
    CsvFile wardLevels(WardLevels levels) {
        List<String> header = new ArrayList<>(List.of(messages.get("status.ward")));
        levels.items().forEach(item -> header.add(item.itemNo() + ". " + item.label().get(locale)));
        List<List<?>> rows = new ArrayList<>();
        for (WardLevels.Row ward : levels.wards()) {
            List<Object> row = new ArrayList<>(List.of(ward.ward().get(locale)));
            levels.items().forEach(item -> row.add(level(ward.level(item.partnerId()))));
            rows.add(row);
        }
        return new CsvFile(header, rows);
    }

    /** 各区のコメント: per ward, instrument and item, what the ward wrote (the bureau's sheet). */
    CsvFile comments(List<ItemComment> comments) {
        List<String> header = List.of(messages.get("status.ward"), messages.get("results.instrument"),
                messages.get("export.itemNo"), messages.get("export.item"), messages.get("comments.text"));
        List<List<?>> rows = new ArrayList<>();
        for (ItemComment comment : comments) {
            rows.add(List.of(comment.ward().get(locale), messages.get(comment.type().messageKey()), comment.itemNo(),
                    comment.item().get(locale), comment.text()));
        }
        return new CsvFile(header, rows);
    }

    /** 医療施設等アンケート: facilities per level for every facility type, under the total. */
    CsvFile reference(ReferenceSurvey survey) {
        List<String> header = new ArrayList<>(List.of(messages.get("reference.facilityType")));
        for (Level level : Level.values()) {
            header.add(messages.get(level.messageKey()));
        }
        List<List<?>> rows = new ArrayList<>();
        rows.add(referenceRow(messages.get("reference.total"), survey.total()));
        for (FacilityType type : FacilityType.values()) {
            rows.add(referenceRow(messages.get(type.messageKey()), survey.byType().get(type)));
        }
        return new CsvFile(header, rows);
    }

    private static List<Object> referenceRow(String label, LevelCounts counts) {
        List<Object> row = new ArrayList<>(List.of(label));
        for (Level level : Level.values()) {
            row.add(counts.count(level));
        }
        return row;
    }

    /** The findings of each instrument as shown to all (hidden ones left out), then まとめ and 今後の方向性. */
    CsvFile findings(List<Findings> perInstrument, java.util.Optional<Conclusions> conclusions) {
        List<String> header = List.of(messages.get("export.findings.section"), messages.get("export.itemNo"),
                messages.get("export.findings.text"));
        List<List<?>> rows = new ArrayList<>();
        for (Findings findings : perInstrument) {
            String section = messages.get(findings.type().messageKey());
            int no = 1;
            for (FindingSummary line : findings.lines()) {
                if (!line.hidden()) {
                    rows.add(List.of(section, no++, line.text(locale)));
                }
            }
        }
        conclusions.filter(Conclusions::hasText).ifPresent(text -> {
            addLines(rows, messages.get("report.summary"), text.summary(locale));
            addLines(rows, messages.get("report.direction"), text.direction(locale));
        });
        return new CsvFile(header, rows);
    }

    private static void addLines(List<List<?>> rows, String section, String text) {
        int no = 1;
        for (String line : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            rows.add(List.of(section, no++, line));
        }
    }

    private List<Object> countsRow(int itemNo, String label, RoundSummary round, LevelCounts counts,
            Respondents respondents) {
        List<Object> row = new ArrayList<>(List.of(itemNo, label, FiscalYears.format(round.fiscalYear(), locale)));
        for (Level level : Level.values()) {
            row.add(counts.count(level));
        }
        row.add(counts.unanswered());
        row.add(respondents.submitted());
        row.add(respondents.wards());
        return row;
    }

    private String level(@Nullable Level level) {
        return messages.get(level == null ? "results.unanswered" : level.messageKey());
    }
}
