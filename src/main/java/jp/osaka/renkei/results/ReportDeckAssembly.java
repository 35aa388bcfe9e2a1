package jp.osaka.renkei.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.survey.Level;

import org.jspecify.annotations.Nullable;

/**
 * Turns the 資料's data (as the report screen reads it) into the texts and bars of its slides, in the reader's
 * language; no database, no user.
 */
final class ReportDeckAssembly {

    private final ResultsTables.Messages messages;
    private final Locale locale;

    ReportDeckAssembly(ResultsTables.Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The title slide's line of rounds: 今回調査：… 前回調査：… (「—」 without a comparison round). */
    String rounds(int fiscalYear, @Nullable Integer comparisonYear) {
        return messages.get("report.rounds", FiscalYears.format(fiscalYear, locale),
                comparisonYear == null ? "—" : FiscalYears.format(comparisonYear, locale));
    }

    /** 医療施設等アンケート as shares of 100 %: the total, then each facility type; null when nothing was entered. */
    ReportDeck.@Nullable Section reference(ReferenceSurvey survey) {
        if (survey.isEmpty()) {
            return null;
        }
        List<String> categories = new ArrayList<>();
        List<LevelCounts> counts = new ArrayList<>();
        categories.add(messages.get("reference.total"));
        counts.add(survey.total());
        for (FacilityType type : FacilityType.values()) {
            categories.add(messages.get(type.messageKey()));
            counts.add(survey.byType().get(type));
        }
        String types = String.join(messages.get("report.reference.footnote.separator"), categories.subList(1,
                categories.size()));
        // the chart's title beside the source line: after the slide's title, the two took a second line
        return new ReportDeck.Section(messages.get("report.reference"), messages.get("reference.chartTitle",
                FiscalYears.format(survey.round().fiscalYear(), locale)) + "　" + messages.get("report.reference.source",
                        FiscalYears.formatShort(survey.round().fiscalYear(), locale)),
                bars(categories, counts, true, false), messages.get("report.reference.footnote", types));
    }

    /**
     * An instrument's slide: per item its round's bar (「1.医師会 令和3年度」) above its comparison round's, the
     * findings that are not hidden; or, when the counts are withheld, the small-numbers sentence alone.
     */
    ReportDeck.Instrument instrument(InstrumentResults results, Findings findings, String respondents,
            int minimumRespondents) {
        String name = messages.get(results.type().messageKey());
        String title = messages.get("report.instrument", name);
        String findingsTitle = messages.get("report.slides.findings", name);
        if (results.withheld()) {
            return new ReportDeck.Instrument(title, respondents, null,
                    messages.get("report.smallNumbers", minimumRespondents), findingsTitle, List.of());
        }
        String round = FiscalYears.formatShort(results.round().fiscalYear(), locale);
        String comparison = results.comparison() == null ? null
                : FiscalYears.formatShort(results.comparison().fiscalYear(), locale);
        List<String> categories = new ArrayList<>();
        List<LevelCounts> counts = new ArrayList<>();
        for (ItemResult item : results.items()) {
            String label = item.displayNo() + "." + item.label().get(locale) + " ";
            if (item.current() != null) {
                categories.add(label + round);
                counts.add(item.current());
                label = "";
            }
            if (comparison != null && item.comparison() != null) {
                categories.add(label + comparison);
                counts.add(item.comparison());
            }
        }
        List<String> lines = findings.lines().stream().filter(line -> !line.hidden())
                .map(line -> line.text(locale)).toList();
        return new ReportDeck.Instrument(title, respondents, bars(categories, counts, false, true), null,
                findingsTitle, lines);
    }

    /** まとめ and 今後の方向性 as the bureau wrote them; a slide that says they are not written yet when not. */
    List<ReportDeck.Text> texts(@Nullable Conclusions conclusions) {
        if (conclusions == null) {
            return List.of(ReportDeck.Text.plain(messages.get("report.summary"), messages.get("report.noConclusions")));
        }
        return List.of(ReportDeck.Text.of(messages.get("report.summary"), conclusions.summary(locale)),
                ReportDeck.Text.of(messages.get("report.direction"), conclusions.direction(locale)));
    }

    /** A series per level in the levels' order, each in its colour, then 未回答 (always, or when any bar has it). */
    private ReportDeck.Bars bars(List<String> categories, List<LevelCounts> counts, boolean percent,
            boolean unanswered) {
        List<ReportDeck.Series> series = new ArrayList<>();
        for (Level level : Level.values()) {
            series.add(series(messages.get(level.messageKey()), level.colour(), counts, one -> one.count(level)));
        }
        if (unanswered || counts.stream().anyMatch(one -> one.unanswered() > 0)) {
            series.add(series(messages.get("results.unanswered"), SlideCharts.UNANSWERED_COLOUR, counts,
                    LevelCounts::unanswered));
        }
        return new ReportDeck.Bars(categories, series, percent);
    }

    private static ReportDeck.Series series(String name, String colour, List<LevelCounts> counts,
            Function<LevelCounts, Integer> count) {
        return new ReportDeck.Series(name, colour, counts.stream().map(count).toList());
    }
}
