package jp.osaka.renkei.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.transfer.AnswerFileReader;
import jp.osaka.renkei.survey.transfer.AnswerRow;
import jp.osaka.renkei.survey.transfer.ImportLimits;
import jp.osaka.renkei.survey.transfer.ParsedFile;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回答の取り込み・書き出し (administrators): past answers from CSV or Excel, previewed first, then
 * brought in all or nothing; and every submitted answer of a round in the same format.
 */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
@Transactional(readOnly = true)
public class AnswerTransferService {

    private final RoundRepository rounds;
    private final InstrumentRepository instruments;
    private final ResponseRepository responses;
    private final AnswerChangeRepository history;
    private final WardService wards;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerTransferService(RoundRepository rounds, InstrumentRepository instruments, ResponseRepository responses,
            AnswerChangeRepository history, WardService wards, MessageSource messages, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.instruments = instruments;
        this.responses = responses;
        this.history = history;
        this.wards = wards;
        this.messages = messages;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** What importing the file would create or replace, and every problem in it; changes nothing. */
    public ImportPreview preview(byte[] file) {
        return read(file).preview();
    }

    /** Brings the file in, in one transaction: every response of it, or (with any problem) none. */
    @Transactional
    public ImportPreview commit(byte[] file) {
        Read read = read(file);
        ImportPreview preview = read.preview();
        if (!preview.ok()) {
            throw new DomainException("import.hasProblems", preview.problems().size());
        }
        String actor = currentUser.require().username();
        read.answers().responses().forEach((key, items) -> {
            if (outcome(key, items) != ImportPreview.Outcome.UNCHANGED) {
                bringIn(key, List.copyOf(items.values()), actor);
            }
        });
        events.publishEvent(new SurveyEvent(actor, AuditAction.ANSWERS_IMPORTED, "",
                preview.count(ImportPreview.Outcome.CREATE) + " / " + preview.count(ImportPreview.Outcome.REPLACE)));
        return preview;
    }

    /** A file read and resolved once: its answers (none when the file itself is broken) and its preview. */
    private record Read(ImportedAnswers answers, ImportPreview preview) {
    }

    private Read read(byte[] file) {
        ParsedFile parsed = parse(file);
        ImportedAnswers answers = ImportedAnswers.resolve(parsed, lookup());
        if (!parsed.ok()) {
            return new Read(answers, new ImportPreview(List.of(), parsed.problems(), parsed.warnings()));
        }
        List<ImportPreview.Response> lines = new ArrayList<>();
        answers.responses().forEach((key, items) -> lines.add(new ImportPreview.Response(key.round().getFiscalYear(),
                key.ward().getName(), key.type(), items.size(), outcome(key, items))));
        return new Read(answers, new ImportPreview(lines, answers.problems(), parsed.warnings()));
    }

    /**
     * Every submitted answer of a round, one row per item, in the import format (export → import round-trips):
     * the ward's code and the item's number, which the import reads, each with its name beside it for people.
     */
    public List<AnswerRow> export(int fiscalYear) {
        Round round = rounds.findByFiscalYear(fiscalYear)
                .orElseThrow(() -> new DomainException("round.notFound", fiscalYear));
        // one query for the round, not one per ward and type: at national scale that was 3,482 queries
        Map<ResponseKey, Response> submitted = new java.util.HashMap<>();
        responses.findSubmittedWithRatings(round.getId()).forEach(response -> submitted.put(
                new ResponseKey(fiscalYear, response.getWardId(), response.getRespondentType()), response));
        List<AnswerRow> rows = new ArrayList<>();
        for (Ward ward : wards.findAll()) {
            for (RespondentType type : RespondentType.values()) {
                Optional.ofNullable(submitted.get(new ResponseKey(fiscalYear, ward.getId(), type)))
                        .ifPresent(r -> r.getRatings().stream()
                                .sorted(java.util.Comparator.comparingInt(rating -> rating.getItem().getItemNo()))
                                .forEach(rating -> rows.add(new AnswerRow(rows.size() + 2, Integer.toString(fiscalYear),
                                        ward.getCode(), label(type), Integer.toString(rating.getItem().getItemNo()),
                                        label(rating.getLevel()), rating.getComment() == null ? "" : rating.getComment(),
                                        ward.getNameJa(), rating.getItem().getLabel().ja()))));
            }
        }
        return rows;
    }

    private void bringIn(ImportedAnswers.Key key, List<AnswerInput> answers, String actor) {
        Round round = key.round();
        Response response = responses.findWithRatings(round.getId(), key.ward().getId(), key.type()).orElse(null);
        java.time.Instant now = clock.instant();
        Response target = response != null ? response
                : responses.save(new Response(round, key.ward().getId(), key.type(), actor, now));
        List<Response.Change> changes = new ArrayList<>();
        if (target.getStatus() == ResponseStatus.SUBMITTED) {
            changes.add(target.reopen(messages.getMessage("import.reopenReason", null, AppLocales.JAPANESE), actor, now));
        }
        Instrument instrument = instruments.findWithItems(round.getId(), key.type()).orElseThrow();
        changes.addAll(target.apply(instrument, answers, actor, now));
        changes.add(target.submit(instrument, actor, now));
        history.saveAll(changes.stream().map(change -> new AnswerChange(target.getId(), change, actor, now)).toList());
    }

    private ImportPreview.Outcome outcome(ImportedAnswers.Key key, Map<InstrumentItem, AnswerInput> items) {
        Optional<Response> existing = responses.findWithRatings(key.round().getId(), key.ward().getId(), key.type());
        if (existing.isEmpty()) {
            return ImportPreview.Outcome.CREATE;
        }
        Response response = existing.get();
        boolean same = response.getStatus() == ResponseStatus.SUBMITTED && items.values().stream().allMatch(answer ->
                response.getRatings().stream().anyMatch(rating -> rating.getItem().getId() == answer.itemId()
                        && rating.getLevel() == answer.level()
                        && java.util.Objects.equals(rating.getComment(), answer.comment())));
        return same ? ImportPreview.Outcome.UNCHANGED : ImportPreview.Outcome.REPLACE;
    }

    /** Master data for resolving a file, each read once however many rows the file has. */
    private ImportedAnswers.Lookup lookup() {
        List<Ward> all = wards.findAll();
        Map<Integer, Optional<Round>> roundsByYear = new java.util.HashMap<>();
        Map<String, Optional<Instrument>> instrumentsByKey = new java.util.HashMap<>();
        return new ImportedAnswers.Lookup() {
            @Override
            public Optional<Round> round(int fiscalYear) {
                return roundsByYear.computeIfAbsent(fiscalYear, rounds::findByFiscalYear);
            }

            @Override
            public Optional<Ward> ward(String nameOrCode) {
                return all.stream().filter(w -> w.getCode().equals(nameOrCode) || w.getNameJa().equals(nameOrCode)
                        || w.getNameEn().equalsIgnoreCase(nameOrCode) || w.getSlug().equalsIgnoreCase(nameOrCode))
                        .findFirst();
            }

            @Override
            public Optional<Instrument> instrument(Round round, RespondentType type) {
                return instrumentsByKey.computeIfAbsent(round.getId() + "/" + type,
                        k -> instruments.findWithItems(round.getId(), type));
            }

            @Override
            public List<String> labels(Level level) {
                return AppLocales.ALL.stream().map(l -> messages.getMessage(level.messageKey(), null, l)).toList();
            }
        };
    }

    private String label(RespondentType type) {
        return messages.getMessage(type.messageKey(), null, AppLocales.JAPANESE);
    }

    private String label(@org.jspecify.annotations.Nullable Level level) {
        return level == null ? "" : messages.getMessage(level.messageKey(), null, AppLocales.JAPANESE);
    }

    private static ParsedFile parse(byte[] file) {
        try {
            return new AnswerFileReader().read(new ByteArrayInputStream(file), ImportLimits.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
