package jp.osaka.renkei.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回答: reading a response with its comparison round's answers, saving drafts and submitting.
 * Ward scoping is checked here, against the signed-in user, for every call.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ResponseService {

    /** The version of a response that does not exist yet. */
    public static final long NEW = -1;

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final AnswerChangeRepository history;
    private final AnswerSheets sheets;
    private final SendBacks sendBacks;
    private final WardService wards;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseService(RoundRepository rounds, ResponseRepository responses, AnswerChangeRepository history,
            AnswerSheets sheets, SendBacks sendBacks, WardService wards, CurrentUser currentUser, UserAccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.rounds = rounds;
        this.responses = responses;
        this.history = history;
        this.sheets = sheets;
        this.sendBacks = sendBacks;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The form of one response; a ward user asking for another ward's is refused. */
    public AnswerSheet sheet(ResponseKey key) {
        RenkeiUser user = currentUser.require();
        ResponseAccess.requireRead(user, key);
        return sheets.build(key, round(key), ResponseAccess.canEdit(user, key));
    }

    /** 下書き保存: keeps whatever is filled in; nothing is checked for completeness. */
    @Transactional
    public AnswerSheet saveDraft(ResponseKey key, List<AnswerInput> answers, long expectedVersion) {
        RenkeiUser user = currentUser.require();
        ResponseAccess.requireEdit(user, key);
        Round round = round(key);
        Response response = editable(key, round, expectedVersion, user.username());
        List<Response.Change> changes = response.apply(sheets.instrument(round, key.type()), answers,
                user.username(), clock.instant());
        record(response, changes, user.username());
        return published(sheets.build(key, round, true), user.username(), AuditAction.ANSWER_DRAFT_SAVED,
                Integer.toString(changes.size()));
    }

    /** 提出: saves the answers and submits in one transaction; refused while any item is unanswered. */
    @Transactional
    public AnswerSheet submit(ResponseKey key, List<AnswerInput> answers, long expectedVersion) {
        RenkeiUser user = currentUser.require();
        ResponseAccess.requireEdit(user, key);
        Round round = round(key);
        Response response = editable(key, round, expectedVersion, user.username());
        Instrument instrument = sheets.instrument(round, key.type());
        Instant now = clock.instant();
        record(response, response.apply(instrument, answers, user.username(), now), user.username());
        record(response, List.of(response.submit(instrument, user.username(), now)), user.username());
        return published(sheets.build(key, round, true), user.username(), AuditAction.ANSWER_SUBMITTED, "");
    }

    /** 差し戻し: an administrator reopens a submitted response while the round is open, with a reason. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public AnswerSheet reopen(ResponseKey key, String reason, long expectedVersion) {
        Round round = round(key);
        if (!round.acceptsAnswers()) {
            throw new DomainException("answer.roundNotOpen");
        }
        Response response = responses.findWithRatings(round.getId(), key.wardId(), key.type())
                .orElseThrow(() -> new DomainException("answer.reopen.notSubmitted"));
        if (response.getVersion() != expectedVersion) {
            throw new DomainException("answer.stale");
        }
        String actor = currentUser.require().username();
        record(response, List.of(response.reopen(reason, actor, clock.instant())), actor);
        AnswerSheet sheet = published(sheets.build(key, round, false), actor, AuditAction.ANSWER_REOPENED, reason);
        events.publishEvent(new ResponseSentBack(round.getFiscalYear(), key.wardId(), key.type(), reason.strip(),
                round.getDeadline()));
        return sheet;
    }

    /**
     * Records answers that reached the bureau outside Renkei (a past survey, an answer sent by
     * e-mail), on behalf of the ward, in any round that is not yet published.
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void recordOnBehalf(ResponseKey key, List<AnswerInput> answers, boolean submit, String respondent,
            Instant at) {
        Round round = round(key);
        if (round.getStatus() == RoundStatus.PUBLISHED) {
            throw new DomainException("answer.roundPublished");
        }
        Response response = responses.findWithRatings(round.getId(), key.wardId(), key.type())
                .orElseGet(() -> responses.save(new Response(round, key.wardId(), key.type(), respondent, at)));
        Instrument instrument = sheets.instrument(round, key.type());
        record(response, response.apply(instrument, answers, respondent, at), respondent, at);
        if (submit) {
            record(response, List.of(response.submit(instrument, respondent, at)), respondent, at);
        }
        published(sheets.build(key, round, false), currentUser.require().username(), AuditAction.ANSWER_RECORDED,
                respondent);
    }

    private AnswerSheet published(AnswerSheet sheet, String actor, AuditAction action, String detail) {
        events.publishEvent(SurveyEvent.response(actor, action, sheet, detail));
        return sheet;
    }

    /** ホーム: the status of each respondent type's response of the user's own ward in a round. */
    public List<WardResponseStatus> statusOfOwnWard(long roundId) {
        RenkeiUser user = currentUser.require();
        Long wardId = user.wardId();
        if (wardId == null) {
            return List.of();
        }
        List<Response> own = responses.findByRoundIdAndWardId(roundId, wardId);
        Map<Long, WardResponseStatus.SentBack> sentBack = sendBacks.of(own);
        Map<RespondentType, Response> byType = own.stream()
                .collect(Collectors.toMap(Response::getRespondentType, Function.identity()));
        return java.util.Arrays.stream(RespondentType.values())
                .map(type -> status(type, byType.get(type), sentBack).withNames(accounts::displayNameOf))
                .toList();
    }

    /** 回答状況 (administrators): every ward with the status of each respondent type's response. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public List<WardStatusRow> statusByWard(long roundId) {
        List<Response> all = responses.findByRoundId(roundId);
        Map<Long, WardResponseStatus.SentBack> sentBack = sendBacks.of(all);
        Map<Long, List<Response>> byWard = all.stream().collect(Collectors.groupingBy(Response::getWardId));
        Map<String, String> names = accounts.displayNames();
        return wards.findAll().stream().map(ward -> {
            Map<RespondentType, Response> byType = byWard.getOrDefault(ward.getId(), List.of()).stream()
                    .collect(Collectors.toMap(Response::getRespondentType, Function.identity()));
            Map<RespondentType, WardResponseStatus> statuses = new java.util.EnumMap<>(RespondentType.class);
            for (RespondentType type : RespondentType.values()) {
                statuses.put(type, status(type, byType.get(type), sentBack)
                        .withNames(name -> names.getOrDefault(name, name)));
            }
            return new WardStatusRow(ward.getId(), ward.getCode(), ward.getName(), statuses);
        }).toList();
    }

    private static WardResponseStatus status(RespondentType type, @Nullable Response response,
            Map<Long, WardResponseStatus.SentBack> sentBack) {
        return WardResponseStatus.of(type, response, response == null ? null : sentBack.get(response.getId()));
    }

    /** ホーム (administrators): how many wards have a draft or have submitted, per respondent type. */
    @PreAuthorize("hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.VIEWER + "')")
    public List<SubmissionCount> submissionCounts(long roundId) {
        List<ResponseRepository.StatusCount> counts = responses.countByStatus(roundId);
        return java.util.Arrays.stream(RespondentType.values())
                .map(type -> new SubmissionCount(type,
                        count(counts, type, ResponseStatus.SUBMITTED), count(counts, type, ResponseStatus.DRAFT)))
                .toList();
    }

    private static long count(List<ResponseRepository.StatusCount> counts, RespondentType type,
            ResponseStatus status) {
        return counts.stream().filter(c -> c.getType() == type && c.getStatus() == status)
                .mapToLong(ResponseRepository.StatusCount::getResponses).sum();
    }

    private Round round(ResponseKey key) {
        return rounds.findByFiscalYear(key.fiscalYear())
                .orElseThrow(() -> new DomainException("round.notFound", key.fiscalYear()));
    }

    private Response editable(ResponseKey key, Round round, long expectedVersion, String actor) {
        if (!round.acceptsAnswers()) {
            throw new DomainException("answer.roundNotOpen");
        }
        Response response = responses.findWithRatings(round.getId(), key.wardId(), key.type()).orElse(null);
        long actual = response == null ? NEW : response.getVersion();
        if (actual != expectedVersion) {
            // Someone else saved in between: refuse rather than overwrite their answers.
            throw new DomainException("answer.stale");
        }
        if (response != null) {
            return response;
        }
        try {
            return responses.saveAndFlush(new Response(round, key.wardId(), key.type(), actor, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Two people started the same response at the same moment: the database's unique key let one win.
            throw new DomainException("answer.stale");
        }
    }

    private void record(Response response, List<Response.Change> changes, String actor) {
        record(response, changes, actor, clock.instant());
    }

    private void record(Response response, List<Response.Change> changes, String actor, Instant at) {
        history.saveAll(changes.stream().map(change -> new AnswerChange(response.getId(), change, actor, at)).toList());
    }
}
