package jp.osaka.renkei.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloads of 集計結果: every table as CSV, the round's Excel workbook and its 資料 as PowerPoint slides, in the
 * reader's language.
 * They show exactly what the screens show the same user: the ward sheet only to administrators.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ResultsExportService {

    private final ResultsService results;
    private final ReferenceSurveyService reference;
    private final FindingService findings;
    private final ConclusionsService conclusions;
    private final CommentService comments;
    private final MessageSource messageSource;
    private final CurrentUser currentUser;
    private final ResultsProperties settings;

    ResultsExportService(ResultsService results, ReferenceSurveyService reference, FindingService findings,
            ConclusionsService conclusions, CommentService comments, MessageSource messageSource,
            CurrentUser currentUser, ResultsProperties settings) {
        this.results = results;
        this.reference = reference;
        this.findings = findings;
        this.conclusions = conclusions;
        this.comments = comments;
        this.messageSource = messageSource;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    public CsvFile countsCsv(int fiscalYear, @Nullable Integer comparisonYear, RespondentType type, Locale locale) {
        return tables(locale).counts(results.instrument(fiscalYear, comparisonYear, type));
    }

    public CsvFile mutualPairsCsv(int fiscalYear, Locale locale) {
        return tables(locale).mutualPairs(results.mutualPairs(fiscalYear));
    }

    public CsvFile referenceCsv(int fiscalYear, Locale locale) {
        return tables(locale).reference(reference.counts(fiscalYear));
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public CsvFile wardLevelsCsv(int fiscalYear, RespondentType type, Locale locale) {
        return tables(locale).wardLevels(results.wardLevels(fiscalYear, type));
    }

    /**
     * The workbook of a round: a sheet per instrument, the findings with まとめ and 今後の方向性, the reference
     * survey, 相互評価, and for administrators every ward's answers and comments (各区のコメント). Built whole
     * here, so that the download streams it after the transaction has ended, as the slides.
     */
    public byte[] workbook(int fiscalYear, @Nullable Integer comparisonYear, Locale locale) {
        ResultsTables tables = tables(locale);
        Optional<Conclusions> written = conclusions.conclusions(fiscalYear);
        String round = FiscalYears.format(fiscalYear, locale);
        String versus = comparisonYear == null ? round
                : message(locale, "export.versus", round, FiscalYears.format(comparisonYear, locale));
        List<ReportWorkbook.Page> pages = new ArrayList<>();
        for (RespondentType type : RespondentType.values()) {
            String name = message(locale, type.messageKey());
            InstrumentResults instrument = results.instrument(fiscalYear, comparisonYear, type);
            pages.add(new ReportWorkbook.Page(name, name + "　" + versus, respondents(instrument, locale),
                    tables.counts(instrument)));
        }
        String findingsName = message(locale, "export.findings");
        pages.add(new ReportWorkbook.Page(findingsName, findingsName + "　" + round, round, tables.findings(
                java.util.Arrays.stream(RespondentType.values()).map(type -> findings.findings(fiscalYear, type)).toList(),
                written), Set.of(2)));
        String facilities = message(locale, "reference.title");
        pages.add(new ReportWorkbook.Page(facilities, facilities + "　" + round, round,
                tables.reference(reference.counts(fiscalYear))));
        String mutual = message(locale, "mutual.title");
        pages.add(new ReportWorkbook.Page(mutual, mutual + "　" + round, round,
                tables.mutualPairs(results.mutualPairs(fiscalYear))));
        if (currentUser.require().role() == Role.CITY_ADMIN) {
            for (RespondentType type : RespondentType.values()) {
                String name = message(locale, "export.wardSheet", message(locale, type.messageKey()));
                CsvFile levels = tables.wardLevels(results.wardLevels(fiscalYear, type));
                // a level per item across the page: the item columns share the width and wrap
                pages.add(new ReportWorkbook.Page(name, name + "　" + round, round, levels,
                        IntStream.range(1, levels.header().size()).boxed().collect(Collectors.toSet())));
            }
            String commentSheet = message(locale, "comments.sheet");
            pages.add(new ReportWorkbook.Page(commentSheet, commentSheet + "　" + round, round, tables.comments(
                    java.util.Arrays.stream(RespondentType.values())
                            .flatMap(type -> comments.comments(fiscalYear, type).stream()).toList()), Set.of(3, 4)));
        }
        // the 資料番号 before the title, as the printed 資料 carries it
        String title = message(locale, "export.workbook.title");
        String label = written.map(Conclusions::documentLabel).orElse(null);
        return inMemory(out -> ReportWorkbook.write(label == null ? title : label + "　" + title, pages, out));
    }

    /**
     * The 資料 of a round as an editable PowerPoint file, with the same sections and numbers as the report screen
     * ({@code results.ui.ReportView}) shows the same user. Built whole here, so that the download streams it after
     * the transaction has ended.
     */
    public byte[] slides(int fiscalYear, @Nullable Integer comparisonYear, Locale locale) {
        ReportDeckAssembly assembly = new ReportDeckAssembly((key, arguments) -> message(locale, key, arguments),
                locale);
        List<ReportDeck.Instrument> instruments = new ArrayList<>();
        for (RespondentType type : RespondentType.values()) {
            InstrumentResults instrument = results.instrument(fiscalYear, comparisonYear, type);
            instruments.add(assembly.instrument(instrument, findings.findings(fiscalYear, type),
                    respondents(instrument, locale), settings.minimumRespondents()));
        }
        Optional<Conclusions> written = conclusions.conclusions(fiscalYear);
        ReportDeck deck = new ReportDeck(locale, written.map(Conclusions::documentLabel).orElse(null),
                message(locale, "report.heading"), message(locale, "report.subtitle"),
                assembly.rounds(fiscalYear, comparisonYear), assembly.reference(reference.counts(fiscalYear)),
                instruments, assembly.texts(written.filter(Conclusions::hasText).orElse(null)));
        return inMemory(out -> ReportSlides.write(deck, out));
    }

    /** Something written to a stream. */
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** A file written whole into memory, so that its download does not stream inside this service's transaction. */
    private static byte[] inMemory(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory: not expected
        }
        return out.toByteArray();
    }

    /** For the page header: who answered in the round and in the comparison round (回答 n / 24区). */
    private String respondents(InstrumentResults instrument, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(message(locale, "results.respondents.round", FiscalYears.format(instrument.round().fiscalYear(), locale),
                instrument.respondents().submitted(), instrument.respondents().wards()));
        Respondents before = instrument.comparisonRespondents();
        if (instrument.comparison() != null && before != null) {
            parts.add(message(locale, "results.respondents.round",
                    FiscalYears.format(instrument.comparison().fiscalYear(), locale), before.submitted(), before.wards()));
        }
        return String.join(message(locale, "results.respondents.separator"), parts);
    }

    private ResultsTables tables(Locale locale) {
        return new ResultsTables((key, arguments) -> message(locale, key, arguments), locale);
    }

    private String message(Locale locale, String key, Object... arguments) {
        return messageSource.getMessage(key, arguments, locale);
    }
}
