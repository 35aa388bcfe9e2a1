package jp.osaka.renkei.scale;

import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.AnswerTransferService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Times the aggregations (docs/performance.md) on whatever database the app points at (the generated one), through
 * the same secured services as the screens, as the system administrator, and prints min / median / p95 /
 * max. Figures, not a test: nothing fails on a slow run. See docs/performance.md.
 */
@Component
@Profile("bench")
class Benchmarks implements ApplicationRunner {

    private final ResultsService results;
    private final ResultsExportService exports;
    private final KpiService kpis;
    private final AnswerTransferService answers;
    private final ApplicationContext context;
    private final int warmUp;
    private final int runs;

    Benchmarks(ResultsService results, ResultsExportService exports, KpiService kpis, AnswerTransferService answers,
            ApplicationContext context, @Value("${renkei.bench.warm-up:5}") int warmUp,
            @Value("${renkei.bench.runs:30}") int runs) {
        this.results = results;
        this.exports = exports;
        this.kpis = kpis;
        this.answers = answers;
        this.context = context;
        this.warmUp = warmUp;
        this.runs = runs;
    }

    @Override
    public void run(ApplicationArguments args) {
        Command.runAndExit(context, "bench", () -> SystemActor.run(this::measure));
    }

    private void measure() {
        RoundSummary round = results.rounds().getFirst(); // the newest
        int year = round.fiscalYear();
        Integer comparison = round.comparisonFiscalYear();
        RespondentType type = RespondentType.WARD_OFFICE;
        List<Timings> timings = new ArrayList<>();
        timings.add(Timings.of("集計結果 instrument, one round (" + year + ")", warmUp, runs,
                () -> results.instrument(year, null, type)));
        timings.add(Timings.of("集計結果 instrument, round vs comparison (" + comparison + ")", warmUp, runs,
                () -> results.instrument(year, comparison, type)));
        timings.add(Timings.of("区別の回答 wardLevels, one round", warmUp, runs, () -> results.wardLevels(year, type)));
        timings.add(Timings.of("Excel workbook of one round", warmUp, runs, () -> workbook(year, comparison)));
        timings.add(Timings.of("KPIs of all goals, KpiService.all()", warmUp, runs, kpis::all));
        timings.add(Timings.of("answers export of one round", Math.min(warmUp, 1), Math.min(runs, 5),
                () -> answers.export(year)));
        StringBuilder report = new StringBuilder("\n").append(Timings.header()).append('\n');
        timings.forEach(timing -> report.append(timing.row()).append('\n'));
        System.out.println(report);
    }

    private void workbook(int year, @Nullable Integer comparison) {
        exports.workbook(year, comparison, AppLocales.JAPANESE);
    }
}
