package jp.osaka.renkei.base.security;

import static jp.osaka.renkei.base.security.RouteAccessTable.Who.CITY_ADMIN;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.SUPPORT_ROOM;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.VIEWER;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.WARD_OFFICE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.osaka.renkei.account.AccountSettings;
import jp.osaka.renkei.account.DirectoryIdentity;
import jp.osaka.renkei.account.DirectorySignIn;
import jp.osaka.renkei.account.NewAccount;
import jp.osaka.renkei.account.SignInMethod;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.WardAccountCoverage;
import jp.osaka.renkei.action.ActionFilter;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.action.ActionSearch;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.base.security.RouteAccessTable.Who;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.KpiDefinition;
import jp.osaka.renkei.goal.KpiForm;
import jp.osaka.renkei.goal.KpiKind;
import jp.osaka.renkei.goal.KpiService;
import jp.osaka.renkei.goal.LinkedActions;
import jp.osaka.renkei.home.FirstRunService;
import jp.osaka.renkei.home.HomeService;
import jp.osaka.renkei.mail.MailFilter;
import jp.osaka.renkei.mail.MailHistoryService;
import jp.osaka.renkei.mail.MailStatus;
import jp.osaka.renkei.profile.WardProfile;
import jp.osaka.renkei.profile.WardProfileService;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.Conclusions;
import jp.osaka.renkei.results.ConclusionsService;
import jp.osaka.renkei.results.FacilityType;
import jp.osaka.renkei.results.FindingService;
import jp.osaka.renkei.results.ItemComment;
import jp.osaka.renkei.results.MutualPairs;
import jp.osaka.renkei.results.ReferenceSurveyService;
import jp.osaka.renkei.results.ResultsExportService;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.results.WardHistory;
import jp.osaka.renkei.results.WardHistoryService;
import jp.osaka.renkei.survey.AnswerTransferService;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.MissingResponseService;
import jp.osaka.renkei.survey.PartnerService;
import jp.osaka.renkei.survey.ReminderService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.ward.WardService;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Every public method of the app's services and who may call it: the service-side counterpart of
 * {@link RouteAccessTable}. {@link ServiceAccessTest} calls each row as every {@link Who}, with 北区's
 * ids and with another ward's, and fails the build when a service method has no row.
 */
final class ServiceAccessTable {

    /** What a call as one {@link Who} must come to. */
    enum Outcome {
        /** Not refused for access, with 北区's ids and with another ward's. */
        ALLOWED,
        /** Refused for access (AccessDeniedException, or no authentication at all), whatever the ids. */
        REFUSED,
        /** Allowed with the caller's own ward's (or own account's) ids, refused with another's. */
        OWN
    }

    /**
     * The ids a call uses: the ward, the caller's respondent type (区役所 for users without one), and a
     * username — with 北区's ids and the caller's own name, or with another ward's and another user's.
     */
    record Sample(boolean own, long wardId, String wardName, RespondentType type, String username) {

        ResponseKey key(int fiscalYear) {
            return new ResponseKey(fiscalYear, wardId, type);
        }
    }

    /** What calls need besides the sample: the beans, and records arranged in the call's own transaction. */
    interface Fixture {

        <T> T bean(Class<T> type);

        long roundId(int fiscalYear);

        /** A new action in the ward (null: city-wide), created by the system in the call's transaction. */
        long action(@Nullable Long wardId);

        long actionVersion(long id);

        /** The version of a response as it is now ({@link ResponseService#NEW} when there is none). */
        long responseVersion(ResponseKey key);

        /** The id and version of a demo user, for the user administration's calls. */
        long userId(String username);

        long userVersion(String username);

        long firstItemId(int fiscalYear, RespondentType type);

        /** The rating of a ward's comment in a round (the first the bureau reads), for choosing it for the report. */
        long ratingWithComment(int fiscalYear);

        /** A file of 12 answers of the ward's 区役所 to 令和7年度, in the import format. */
        byte[] answersFile(String wardName);
    }

    @FunctionalInterface
    interface Call {
        @Nullable Object call(Fixture f, Sample s) throws Exception;
    }

    /** One public service method: how to call it and what each {@link Who} meets, or why no user calls it. */
    static final class Row {
        final String method;
        @Nullable Call call;
        @Nullable String notUserFacing;
        final Map<Who, Outcome> expected = new EnumMap<>(Who.class);
        @Nullable String businessKey;
        @Nullable BiFunction<@Nullable Object, Sample, Set<Object>> wardsSeen;

        Row(String method) {
            this.method = method;
            for (Who who : Who.values()) {
                expected.put(who, Outcome.REFUSED);
            }
        }

        Row call(Call call) {
            this.call = call;
            return this;
        }

        Row allow(Who... who) {
            return set(Outcome.ALLOWED, who);
        }

        Row own(Who... who) {
            return set(Outcome.OWN, who);
        }

        /** Any signed-in user (the anonymous visitor stays refused). */
        Row signedIn() {
            return allow(SIGNED_IN);
        }

        Row admin() {
            return allow(CITY_ADMIN);
        }

        /** The business refusal that an allowed call may meet with the sample's ids (e.g. a round not open). */
        Row business(String messageKey) {
            this.businessKey = messageKey;
            return this;
        }

        /** The wards (ids or Japanese names) that the result shows: a ward user's must be its own ward's only. */
        Row wardsSeen(BiFunction<@Nullable Object, Sample, Set<Object>> wardsSeen) {
            this.wardsSeen = wardsSeen;
            return this;
        }

        Row notUserFacing(String reason) {
            this.notUserFacing = reason;
            return this;
        }

        private Row set(Outcome outcome, Who... who) {
            for (Who w : who) {
                expected.put(w, outcome);
            }
            return this;
        }

        @Override
        public String toString() {
            return method;
        }
    }

    private static final Who[] SIGNED_IN = {WARD_OFFICE, SUPPORT_ROOM, CITY_ADMIN, VIEWER};
    private static final Who[] WARD_USERS = {WARD_OFFICE, SUPPORT_ROOM};
    private static final int OPEN = 2025;
    private static final int PUBLISHED = 2021;
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;
    private static final String NOTE = "確認のためのメモ";

    static final List<Row> ROWS = List.of(
            // survey: answers
            m(ResponseService.class, "sheet", ResponseKey.class).own(WARD_USERS).allow(CITY_ADMIN)
                    .call((f, s) -> f.bean(ResponseService.class).sheet(s.key(OPEN))),
            m(ResponseService.class, "saveDraft", ResponseKey.class, List.class, long.class).own(WARD_USERS)
                    .call((f, s) -> f.bean(ResponseService.class).saveDraft(s.key(OPEN), List.of(),
                            f.responseVersion(s.key(OPEN)))),
            m(ResponseService.class, "submit", ResponseKey.class, List.class, long.class).own(WARD_USERS)
                    .business("answer.submit.incomplete")
                    .call((f, s) -> f.bean(ResponseService.class).submit(s.key(OPEN), List.of(),
                            f.responseVersion(s.key(OPEN)))),
            m(ResponseService.class, "reopen", ResponseKey.class, String.class, long.class).admin()
                    .business("answer.reopen.notSubmitted")
                    .call((f, s) -> f.bean(ResponseService.class).reopen(s.key(OPEN), "確認",
                            f.responseVersion(s.key(OPEN)))),
            m(ResponseService.class, "recordOnBehalf", ResponseKey.class, List.class, boolean.class, String.class,
                    Instant.class).admin()
                    .call((f, s) -> run(() -> f.bean(ResponseService.class).recordOnBehalf(s.key(OPEN), List.of(),
                            false, "区役所（メール）", Instant.parse("2025-09-01T00:00:00Z")))),
            m(ResponseService.class, "statusOfOwnWard", long.class).signedIn()
                    .call((f, s) -> f.bean(ResponseService.class).statusOfOwnWard(f.roundId(OPEN))),
            m(ResponseService.class, "statusByWard", long.class).admin()
                    .call((f, s) -> f.bean(ResponseService.class).statusByWard(f.roundId(OPEN))),
            m(ResponseService.class, "submissionCounts", long.class).allow(CITY_ADMIN, VIEWER)
                    .call((f, s) -> f.bean(ResponseService.class).submissionCounts(f.roundId(OPEN))),
            m(MissingResponseService.class, "missing", long.class).admin()
                    .call((f, s) -> f.bean(MissingResponseService.class).missing(f.roundId(OPEN))),
            m(ReminderService.class, "remindMissing", long.class).admin()
                    .call((f, s) -> f.bean(ReminderService.class).remindMissing(f.roundId(OPEN))),
            m(ReminderService.class, "remindBeforeDeadline", int.class, ZoneId.class).admin()
                    .call((f, s) -> f.bean(ReminderService.class).remindBeforeDeadline(3, ZoneId.of("Asia/Tokyo"))),
            m(ReminderService.class, "reminderForOwnResponse", long.class).signedIn()
                    .call((f, s) -> f.bean(ReminderService.class).reminderForOwnResponse(f.roundId(OPEN))),
            // survey: import and export of answers (the bureau's only; a ward user's import is refused whole)
            m(AnswerTransferService.class, "preview", byte[].class).admin()
                    .call((f, s) -> f.bean(AnswerTransferService.class).preview(f.answersFile(s.wardName()))),
            m(AnswerTransferService.class, "commit", byte[].class).admin()
                    .call((f, s) -> f.bean(AnswerTransferService.class).commit(f.answersFile(s.wardName()))),
            m(AnswerTransferService.class, "export", int.class).admin()
                    .call((f, s) -> f.bean(AnswerTransferService.class).export(OPEN)),
            // survey: rounds, instruments, partners
            m(RoundService.class, "findAll").signedIn().call((f, s) -> f.bean(RoundService.class).findAll()),
            m(RoundService.class, "findOpen").signedIn().call((f, s) -> f.bean(RoundService.class).findOpen()),
            m(RoundService.class, "findByFiscalYear", int.class).signedIn()
                    .call((f, s) -> f.bean(RoundService.class).findByFiscalYear(OPEN)),
            m(RoundService.class, "create", int.class, Integer.class).admin()
                    .call((f, s) -> f.bean(RoundService.class).create(2040, OPEN)),
            m(RoundService.class, "createPast", int.class, Integer.class).admin()
                    .call((f, s) -> f.bean(RoundService.class).createPast(2009, null)),
            m(RoundService.class, "open", long.class, LocalDate.class).admin().business("round.transition.illegal")
                    .call((f, s) -> f.bean(RoundService.class).open(f.roundId(OPEN), LocalDate.of(2040, 1, 31))),
            m(RoundService.class, "close", long.class).admin()
                    .call((f, s) -> f.bean(RoundService.class).close(f.roundId(OPEN))),
            m(RoundService.class, "publish", long.class).admin().business("round.transition.illegal")
                    .call((f, s) -> f.bean(RoundService.class).publish(f.roundId(OPEN))),
            m(InstrumentService.class, "items", int.class, RespondentType.class).admin()
                    .call((f, s) -> f.bean(InstrumentService.class).items(OPEN, OFFICE)),
            m(InstrumentService.class, "partnersToAdd", int.class, RespondentType.class).admin()
                    .call((f, s) -> f.bean(InstrumentService.class).partnersToAdd(OPEN, OFFICE)),
            m(InstrumentService.class, "version", int.class, RespondentType.class).admin()
                    .call((f, s) -> f.bean(InstrumentService.class).version(OPEN, OFFICE)),
            m(InstrumentService.class, "hasBothInstruments", int.class).admin()
                    .call((f, s) -> f.bean(InstrumentService.class).hasBothInstruments(OPEN)),
            // the round is open, so changes are refused before the version (0) is looked at
            m(InstrumentService.class, "add", int.class, RespondentType.class, long.class, long.class, boolean.class)
                    .admin().business("instrument.notEditable")
                    .call((f, s) -> run(() -> f.bean(InstrumentService.class).add(OPEN, OFFICE, 0, 1, true))),
            m(InstrumentService.class, "addNewPartner", int.class, RespondentType.class, long.class, String.class,
                    String.class, boolean.class).admin().business("instrument.notEditable")
                    .call((f, s) -> run(() -> f.bean(InstrumentService.class).addNewPartner(OPEN, OFFICE, 0,
                            "確認の会", "Check association", true))),
            m(InstrumentService.class, "relabel", int.class, RespondentType.class, long.class, long.class,
                    String.class, String.class).admin().business("instrument.notEditable")
                    .call((f, s) -> run(() -> f.bean(InstrumentService.class).relabel(OPEN, OFFICE, 0,
                            f.firstItemId(OPEN, OFFICE), "確認", "Check"))),
            m(InstrumentService.class, "move", int.class, RespondentType.class, long.class, long.class, int.class)
                    .admin().business("instrument.notEditable")
                    .call((f, s) -> run(() -> f.bean(InstrumentService.class).move(OPEN, OFFICE, 0,
                            f.firstItemId(OPEN, OFFICE), 1))),
            m(InstrumentService.class, "remove", int.class, RespondentType.class, long.class, long.class).admin()
                    .business("instrument.notEditable")
                    .call((f, s) -> run(() -> f.bean(InstrumentService.class).remove(OPEN, OFFICE, 0,
                            f.firstItemId(OPEN, OFFICE)))),
            m(PartnerService.class, "findAll").signedIn().call((f, s) -> f.bean(PartnerService.class).findAll()),
            // results: city-wide counts for everyone, every ward's answers for administrators
            m(ResultsService.class, "rounds").signedIn().call((f, s) -> f.bean(ResultsService.class).rounds()),
            m(ResultsService.class, "instrument", int.class, Integer.class, RespondentType.class).signedIn()
                    .call((f, s) -> f.bean(ResultsService.class).instrument(PUBLISHED, 2017, OFFICE)),
            m(ResultsService.class, "ownWardAnswers", int.class, RespondentType.class).signedIn()
                    .call((f, s) -> f.bean(ResultsService.class).ownWardAnswers(PUBLISHED, OFFICE)),
            m(ResultsService.class, "wardLevels", int.class, RespondentType.class).admin()
                    .call((f, s) -> f.bean(ResultsService.class).wardLevels(PUBLISHED, OFFICE)),
            m(ResultsService.class, "mutualPairs", int.class).signedIn().wardsSeen(ServiceAccessTable::mutualWards)
                    .call((f, s) -> f.bean(ResultsService.class).mutualPairs(PUBLISHED)),
            m(ResultsService.class, "mutualDisagreeing", int.class).signedIn()
                    .call((f, s) -> f.bean(ResultsService.class).mutualDisagreeing(PUBLISHED)),
            // a ward's profile: any ward for the bureau, its own for a ward's users, none for viewers
            m(WardHistoryService.class, "history", long.class).own(WARD_USERS).admin()
                    .wardsSeen((history, s) -> Set.of(((WardHistory) history).wardId()))
                    .call((f, s) -> f.bean(WardHistoryService.class).history(s.wardId())),
            m(WardProfileService.class, "profile", String.class).own(WARD_USERS).admin()
                    .wardsSeen((profile, s) -> Set.of(((WardProfile) profile).history().wardId()))
                    .call((f, s) -> f.bean(WardProfileService.class).profile(
                            f.bean(WardService.class).findById(s.wardId()).orElseThrow().getCode())),
            m(ResultsExportService.class, "countsCsv", int.class, Integer.class, RespondentType.class, Locale.class)
                    .signedIn().call((f, s) -> f.bean(ResultsExportService.class).countsCsv(PUBLISHED, 2017, OFFICE,
                            Locale.JAPANESE)),
            m(ResultsExportService.class, "mutualPairsCsv", int.class, Locale.class).signedIn()
                    .wardsSeen(ServiceAccessTable::firstColumn)
                    .call((f, s) -> f.bean(ResultsExportService.class).mutualPairsCsv(PUBLISHED, Locale.JAPANESE)),
            m(ResultsExportService.class, "referenceCsv", int.class, Locale.class).signedIn()
                    .call((f, s) -> f.bean(ResultsExportService.class).referenceCsv(PUBLISHED, Locale.JAPANESE)),
            m(ResultsExportService.class, "wardLevelsCsv", int.class, RespondentType.class, Locale.class).admin()
                    .call((f, s) -> f.bean(ResultsExportService.class).wardLevelsCsv(PUBLISHED, OFFICE,
                            Locale.JAPANESE)),
            m(ResultsExportService.class, "workbook", int.class, Integer.class, Locale.class).signedIn()
                    .wardsSeen(ServiceAccessTable::workbookWards)
                    .call((f, s) -> f.bean(ResultsExportService.class).workbook(PUBLISHED, 2017, Locale.JAPANESE)),
            // the 資料 as slides: city-wide counts, findings and conclusions, as the report screen shows everyone
            m(ResultsExportService.class, "slides", int.class, Integer.class, Locale.class).signedIn()
                    .call((f, s) -> f.bean(ResultsExportService.class).slides(PUBLISHED, 2017, Locale.JAPANESE)),
            m(FindingService.class, "findings", int.class, RespondentType.class).signedIn()
                    .call((f, s) -> f.bean(FindingService.class).findings(PUBLISHED, OFFICE)),
            m(FindingService.class, "edit", int.class, RespondentType.class, long.class, int.class, String.class,
                    String.class).admin().call((f, s) -> run(() -> f.bean(FindingService.class).edit(PUBLISHED, OFFICE,
                            findingsVersion(f), 0, NOTE, null))),
            m(FindingService.class, "hide", int.class, RespondentType.class, long.class, int.class, boolean.class)
                    .admin().call((f, s) -> run(() -> f.bean(FindingService.class).hide(PUBLISHED, OFFICE,
                            findingsVersion(f), 0, true))),
            m(FindingService.class, "move", int.class, RespondentType.class, long.class, int.class, int.class)
                    .admin().call((f, s) -> run(() -> f.bean(FindingService.class).move(PUBLISHED, OFFICE,
                            findingsVersion(f), 0, 1))),
            m(FindingService.class, "add", int.class, RespondentType.class, long.class, String.class, String.class)
                    .admin().call((f, s) -> run(() -> f.bean(FindingService.class).add(PUBLISHED, OFFICE,
                            findingsVersion(f), NOTE, null))),
            m(FindingService.class, "reset", int.class, RespondentType.class, long.class).admin()
                    .call((f, s) -> run(() -> f.bean(FindingService.class).reset(PUBLISHED, OFFICE,
                            findingsVersion(f)))),
            m(ConclusionsService.class, "conclusions", int.class).signedIn()
                    .call((f, s) -> f.bean(ConclusionsService.class).conclusions(PUBLISHED)),
            m(ConclusionsService.class, "forEditing", int.class).admin()
                    .call((f, s) -> f.bean(ConclusionsService.class).forEditing(PUBLISHED)),
            m(ConclusionsService.class, "save", Conclusions.class).admin()
                    .call((f, s) -> f.bean(ConclusionsService.class).save(conclusions())),
            m(ConclusionsService.class, "save", Conclusions.class, long.class).admin().business("conclusions.stale")
                    .call((f, s) -> f.bean(ConclusionsService.class).save(conclusions(), -2)),
            // results: the wards' comments (every ward's for the bureau, a ward user's own, none for viewers)
            m(CommentService.class, "comments", int.class, RespondentType.class).signedIn()
                    .wardsSeen(ServiceAccessTable::commentWards)
                    .call((f, s) -> f.bean(CommentService.class).comments(PUBLISHED, OFFICE)),
            m(CommentService.class, "commentsOfWard", int.class, long.class).own(WARD_USERS).allow(CITY_ADMIN)
                    .wardsSeen(ServiceAccessTable::commentWards)
                    .call((f, s) -> f.bean(CommentService.class).commentsOfWard(PUBLISHED, s.wardId())),
            m(CommentService.class, "chosen", int.class).signedIn()
                    .call((f, s) -> f.bean(CommentService.class).chosen(PUBLISHED)),
            m(CommentService.class, "choose", int.class, long.class, boolean.class).admin()
                    .call((f, s) -> run(() -> f.bean(CommentService.class).choose(PUBLISHED,
                            f.ratingWithComment(PUBLISHED), true))),
            m(CommentService.class, "withdraw", int.class, long.class).admin()
                    .call((f, s) -> run(() -> f.bean(CommentService.class).withdraw(PUBLISHED,
                            f.ratingWithComment(PUBLISHED)))),
            m(ReferenceSurveyService.class, "counts", int.class).signedIn()
                    .call((f, s) -> f.bean(ReferenceSurveyService.class).counts(PUBLISHED)),
            m(ReferenceSurveyService.class, "save", int.class, Map.class).admin()
                    .call((f, s) -> f.bean(ReferenceSurveyService.class).save(PUBLISHED,
                            Map.of(FacilityType.HOSPITAL, Map.of(Level.WELL, 3)))),
            // actions: a ward user reads its own ward's and the city-wide ones, changes its own ward's
            m(ActionService.class, "get", long.class).own(WARD_USERS).allow(CITY_ADMIN, VIEWER)
                    .call((f, s) -> f.bean(ActionService.class).get(f.action(s.wardId()))),
            m(ActionService.class, "create", ActionInput.class).own(WARD_USERS).allow(CITY_ADMIN)
                    .call((f, s) -> f.bean(ActionService.class).create(actionInput(s.wardId()))),
            m(ActionService.class, "update", long.class, long.class, ActionInput.class).own(WARD_USERS)
                    .allow(CITY_ADMIN)
                    .call((f, s) -> {
                        long id = f.action(s.wardId());
                        return run(() -> f.bean(ActionService.class).update(id, f.actionVersion(id),
                                actionInput(s.wardId())));
                    }),
            m(ActionService.class, "addNote", long.class, LocalDate.class, String.class).own(WARD_USERS)
                    .allow(CITY_ADMIN)
                    .call((f, s) -> {
                        long id = f.action(s.wardId());
                        return run(() -> f.bean(ActionService.class).addNote(id, LocalDate.of(2025, 10, 1), NOTE));
                    }),
            m(ActionService.class, "review", long.class, long.class, String.class).admin()
                    .call((f, s) -> {
                        long id = f.action(s.wardId());
                        return run(() -> f.bean(ActionService.class).review(id, f.actionVersion(id), NOTE));
                    }),
            m(ActionService.class, "owners", Long.class).own(WARD_USERS).allow(CITY_ADMIN, VIEWER)
                    .call((f, s) -> f.bean(ActionService.class).owners(s.wardId())),
            m(ActionService.class, "owners").signedIn().call((f, s) -> f.bean(ActionService.class).owners()),
            m(ActionSearch.class, "find", ActionFilter.class, Pageable.class).signedIn()
                    .wardsSeen(ServiceAccessTable::actionWards)
                    .call((f, s) -> f.bean(ActionSearch.class).find(inWard(f, s), Pageable.ofSize(50))),
            m(ActionSearch.class, "count", ActionFilter.class).signedIn()
                    .wardsSeen((count, s) -> ((Long) count) == 0 ? Set.of() : Set.of(s.wardId()))
                    .call((f, s) -> f.bean(ActionSearch.class).count(inWard(f, s))),
            m(ActionSearch.class, "overdue", int.class).admin()
                    .call((f, s) -> f.bean(ActionSearch.class).overdue(10)),
            m(ActionSearch.class, "countOverdue").admin().call((f, s) -> f.bean(ActionSearch.class).countOverdue()),
            m(ActionSearch.class, "dueForMail", int.class).admin()
                    .call((f, s) -> f.bean(ActionSearch.class).dueForMail(7)),
            m(ActionSearch.class, "dueSoonInOwnWard", int.class).signedIn()
                    .wardsSeen(ServiceAccessTable::actionWards)
                    .call((f, s) -> {
                        f.action(s.wardId());
                        return f.bean(ActionSearch.class).dueSoonInOwnWard(3650);
                    }),
            m("GoalLinks", "countsByGoal").signedIn()
                    .call((f, s) -> f.bean(LinkedActions.class).countsByGoal()),
            m("GoalLinks", "linkedTo", long.class).signedIn()
                    .wardsSeen((linked, s) -> ((List<?>) linked).stream()
                            .map(a -> ((LinkedActions.LinkedAction) a).wardId()).filter(Objects::nonNull)
                            .map(ward -> (Object) ward).collect(Collectors.toSet()))
                    .call((f, s) -> {
                        f.action(s.wardId());
                        return f.bean(LinkedActions.class).linkedTo(1);
                    }),
            // goals and KPIs
            m(GoalService.class, "findAll").signedIn().call((f, s) -> f.bean(GoalService.class).findAll()),
            m(GoalService.class, "findById", long.class).signedIn()
                    .call((f, s) -> f.bean(GoalService.class).findById(1)),
            m(GoalService.class, "update", long.class, long.class, String.class, String.class, String.class).admin()
                    .business("goal.stale")
                    .call((f, s) -> f.bean(GoalService.class).update(1, -2, "確認", "Check", null)),
            m(KpiService.class, "all").signedIn().call((f, s) -> f.bean(KpiService.class).all()),
            m(FirstRunService.class, "checklist").admin().call((f, s) -> f.bean(FirstRunService.class).checklist()),
            m(FirstRunService.class, "checklist", List.class).admin()
                    .call((f, s) -> f.bean(FirstRunService.class).checklist(List.of())),
            m(HomeService.class, "summary").signedIn().call((f, s) -> f.bean(HomeService.class).summary()),
            m(KpiService.class, "forGoal", long.class).signedIn()
                    .call((f, s) -> f.bean(KpiService.class).forGoal(1)),
            m(KpiService.class, "create", long.class, KpiForm.class).admin()
                    .call((f, s) -> run(() -> f.bean(KpiService.class).create(1, kpiForm()))),
            m(KpiService.class, "update", long.class, long.class, KpiForm.class).admin().business("kpi.stale")
                    .call((f, s) -> run(() -> f.bean(KpiService.class).update(
                            f.bean(KpiService.class).forGoal(1).getFirst().id(), -2, kpiForm()))),
            m(KpiService.class, "delete", long.class, long.class).admin().business("kpi.stale")
                    .call((f, s) -> run(() -> f.bean(KpiService.class).delete(
                            f.bean(KpiService.class).forGoal(1).getFirst().id(), -2))),
            // wards
            m(WardService.class, "rename", long.class, long.class, String.class, String.class).admin()
                    .call((f, s) -> f.bean(WardService.class).rename(s.wardId(),
                            f.bean(WardService.class).findById(s.wardId()).orElseThrow().getVersion(), s.wardName(),
                            "Renamed")),
            m(WardService.class, "changeMailboxes", long.class, long.class, String.class, String.class).admin()
                    .call((f, s) -> {
                        var ward = f.bean(WardService.class).findById(s.wardId()).orElseThrow();
                        return f.bean(WardService.class).changeMailboxes(ward.getId(), ward.getVersion(),
                                "check-kuyakusho@example.org", null);
                    }),
            m(WardService.class, "findAll").signedIn().call((f, s) -> f.bean(WardService.class).findAll()),
            m(WardService.class, "count").signedIn().call((f, s) -> f.bean(WardService.class).count()),
            m(WardService.class, "findById", long.class).signedIn()
                    .call((f, s) -> f.bean(WardService.class).findById(s.wardId())),
            m(WardService.class, "findByCode", String.class).signedIn()
                    .call((f, s) -> f.bean(WardService.class).findByCode("271004")),
            m(WardService.class, "nameOf", long.class).signedIn()
                    .call((f, s) -> f.bean(WardService.class).nameOf(s.wardId())),
            // audit log
            m(AuditLog.class, "find", AuditFilter.class, int.class, int.class).admin()
                    .call((f, s) -> f.bean(AuditLog.class).find(AuditFilter.none(), 0, 10)),
            m(AuditLog.class, "count", AuditFilter.class).admin()
                    .call((f, s) -> f.bean(AuditLog.class).count(AuditFilter.none())),
            m(AuditLog.class, "findAll", AuditFilter.class).admin()
                    .call((f, s) -> {
                        try (Stream<AuditEntry> entries = f.bean(AuditLog.class).findAll(AuditFilter.none())) {
                            return entries.limit(10).toList();
                        }
                    }),
            // 送信履歴 (mail): the demo data has no message with id -1, so 再送 meets mail.notFound
            m(MailHistoryService.class, "find", MailFilter.class, Pageable.class).admin()
                    .call((f, s) -> f.bean(MailHistoryService.class).find(MailFilter.none(), PageRequest.of(0, 10))),
            m(MailHistoryService.class, "count", MailFilter.class).admin()
                    .call((f, s) -> f.bean(MailHistoryService.class).count(MailFilter.none())),
            m(MailHistoryService.class, "countByStatus", MailFilter.class).admin()
                    .call((f, s) -> f.bean(MailHistoryService.class).countByStatus(MailFilter.none())),
            m(MailHistoryService.class, "detail", long.class).admin()
                    .call((f, s) -> f.bean(MailHistoryService.class).detail(-1)),
            m(MailHistoryService.class, "resend", long.class, long.class).admin().business("mail.notFound")
                    .call((f, s) -> run(() -> f.bean(MailHistoryService.class).resend(-1, 0))),
            m(MailHistoryService.class, "mayResend", MailStatus.class).admin()
                    .call((f, s) -> f.bean(MailHistoryService.class).mayResend(MailStatus.FAILED)),
            // users
            m(UserAdministrationService.class, "findAll").admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).findAll()),
            m(UserAdministrationService.class, "exportList", String.class).admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).exportList("csv")),
            m(UserAdministrationService.class, "create", String.class, String.class, Role.class, Long.class,
                    String.class).admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).create("check-viewer", "確認",
                            Role.VIEWER, null, "check-viewer@example.org")),
            m(UserAdministrationService.class, "update", long.class, long.class, String.class, Role.class,
                    Long.class, boolean.class, String.class).admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).update(f.userId("viewer"),
                            f.userVersion("viewer"), "閲覧者（確認）", Role.VIEWER, null, true, "viewer@example.org")),
            m(UserAdministrationService.class, "resetPassword", long.class, long.class).admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).resetPassword(f.userId("viewer"),
                            f.userVersion("viewer"))),
            m(UserAdministrationService.class, "createDirectory", String.class, String.class, Role.class, Long.class,
                    String.class).admin()
                    .call((f, s) -> {
                        f.bean(UserAdministrationService.class).createDirectory("check-dir", "確認", Role.VIEWER,
                                null, null);
                        return null;
                    }),
            m(UserAdministrationService.class, "importAll", List.class, String.class).admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).importAll(List.of(new NewAccount(
                            "check-import", "確認", Role.VIEWER, null, null, SignInMethod.LOCAL)), "check.csv")),
            m(UserAdministrationService.class, "unlock", long.class, long.class).admin()
                    .call((f, s) -> f.bean(UserAdministrationService.class).unlock(f.userId("viewer"),
                            f.userVersion("viewer"))),
            m(WardAccountCoverage.class, "activeWardRoles").admin()
                    .call((f, s) -> f.bean(WardAccountCoverage.class).activeWardRoles()),
            m(UserAccountService.class, "create", String.class, String.class, Role.class, Long.class, String.class)
                    .admin().call((f, s) -> f.bean(UserAccountService.class).create("check-viewer", "確認",
                            Role.VIEWER, null, "Kakunin-2026-check")),
            m(UserAccountService.class, "create", String.class, String.class, Role.class, Long.class, String.class,
                    String.class).admin().call((f, s) -> f.bean(UserAccountService.class).create("check-viewer",
                            "確認", Role.VIEWER, null, "Kakunin-2026-check", "check-viewer@example.org")),
            // own account only: the methods take no user, they read and change the signed-in one's
            m(UserAccountService.class, "ownSettings").signedIn()
                    .call((f, s) -> f.bean(UserAccountService.class).ownSettings()),
            m(UserAccountService.class, "saveOwnSettings", AccountSettings.class).signedIn()
                    .call((f, s) -> {
                        AccountSettings own = f.bean(UserAccountService.class).ownSettings();
                        return f.bean(UserAccountService.class).saveOwnSettings(new AccountSettings(own.version(),
                                s.username() + "@example.org", Locale.ENGLISH, false, own.mailDueSoon()));
                    }),
            m(UserAccountService.class, "chooseOwnLanguage", Locale.class).signedIn()
                    .call((f, s) -> run(() -> f.bean(UserAccountService.class).chooseOwnLanguage(Locale.ENGLISH))),
            // the current password is wrong on purpose: reaching that check is what "allowed" means here
            m(UserAccountService.class, "changeOwnPassword", String.class, String.class, String.class)
                    .own(SIGNED_IN).business("password.current.wrong")
                    .call((f, s) -> f.bean(UserAccountService.class).changeOwnPassword(s.username(), "not-it",
                            "Kakunin-2026-check")),
            m(UserAccountService.class, "displayNameOf", String.class).signedIn()
                    .call((f, s) -> f.bean(UserAccountService.class).displayNameOf(s.username())),
            m(UserAccountService.class, "displayNames").signedIn()
                    .call((f, s) -> f.bean(UserAccountService.class).displayNames()),
            m(UserAccountService.class, "findEnabled").signedIn()
                    .call((f, s) -> f.bean(UserAccountService.class).findEnabled()),
            m(SignedInSessions.class, "own").signedIn()
                    .call((f, s) -> f.bean(SignedInSessions.class).own()),
            m(SignedInSessions.class, "endOwnOthers").signedIn()
                    .call((f, s) -> f.bean(SignedInSessions.class).endOwnOthers()),
            m(SignedInSessions.class, "endAllOf", long.class).admin()
                    .call((f, s) -> f.bean(SignedInSessions.class).endAllOf(f.userId("viewer"))),
            m(WardService.class, "idOf", String.class)
                    .notUserFacing("directory sign-in's ward mapping: called before anyone is signed in; codes are public"),
            m(DirectorySignIn.class, "signIn", DirectoryIdentity.class)
                    .notUserFacing("called by the OpenID Connect and LDAP sign-in filters before anyone is signed in"),
            m(UserAccountService.class, "loadUserByUsername", String.class)
                    .notUserFacing("the sign-in's UserDetailsService: called by Spring Security before anyone is signed in"),
            m(UserAccountService.class, "updatePassword", UserDetails.class, String.class)
                    .notUserFacing("PasswordSignIn's upgrade of an older hash, right after the password matched, before anyone is signed in"),
            m(UserAccountService.class, "findByUsername", String.class)
                    .notUserFacing("CurrentUser's look-up of the name that is already authenticated"),
            m(UserAccountService.class, "mustChangePassword", String.class)
                    .notUserFacing("PasswordChangeGuard's check of the user it has just found signed in"),
            m(UserAccountService.class, "sessionMayContinue", RenkeiUser.class)
                    .notUserFacing("SessionCheckFilter's check of a session's user on every request"),
            // the login page asks it of every visitor: while no user exists it says how to create the first one
            m(UserAccountService.class, "noUsers").allow(Who.values())
                    .call((f, s) -> f.bean(UserAccountService.class).noUsers()),
            m(UserAccountService.class, "onSignIn", AuthenticationSuccessEvent.class)
                    .notUserFacing("event listener: Spring Security publishes a sign-in; it ends the sign-in back-off"));

    private ServiceAccessTable() {
    }

    private static Row m(Class<?> service, String name, Class<?>... parameters) {
        return m(service.getSimpleName(), name, parameters);
    }

    /** A row by the service's simple name, for package-private services (action.GoalLinks). */
    private static Row m(String service, String name, Class<?>... parameters) {
        return new Row(signature(service, name, parameters));
    }

    /** e.g. {@code ResponseService.saveDraft(ResponseKey, List, long)}: distinct for overloads. */
    static String signature(String service, String name, Class<?>... parameters) {
        return service + "." + name + Arrays.stream(parameters).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static @Nullable Object run(ThrowingRunnable work) throws Exception {
        work.run();
        return null;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    static ActionInput actionInput(@Nullable Long wardId) {
        return new ActionInput("確認用の取組み", null, wardId, Set.of(1L), null, "admin", LocalDate.of(2040, 3, 31),
                jp.osaka.renkei.action.ActionStatus.PLANNED);
    }

    /** The list filtered to the sample's ward, with one action of that ward arranged first. */
    private static ActionFilter inWard(Fixture f, Sample s) {
        f.action(s.wardId());
        return new ActionFilter(s.wardId(), false, null, null, null, null, false);
    }

    /** The 所見 list's version as the caller reads it, so that an allowed edit meets no stale refusal. */
    private static long findingsVersion(Fixture f) {
        return f.bean(FindingService.class).findings(PUBLISHED, OFFICE).version();
    }

    private static Conclusions conclusions() {
        return new Conclusions(PUBLISHED, NOTE, null, NOTE, null);
    }

    private static KpiForm kpiForm() {
        return new KpiForm("確認用の指標", null, new KpiDefinition(KpiKind.WARDS_AT_LEVELS, OFFICE, List.of(1L),
                Set.of(Level.VERY_WELL), 2017, 10, OPEN, false));
    }

    private static Set<Object> mutualWards(@Nullable Object pairs, Sample s) {
        return ((MutualPairs) pairs).wards().stream().map(row -> (Object) row.wardId()).collect(Collectors.toSet());
    }

    private static Set<Object> commentWards(@Nullable Object comments, Sample s) {
        return ((List<?>) comments).stream().map(comment -> (Object) ((ItemComment) comment).wardId())
                .collect(Collectors.toSet());
    }

    private static Set<Object> firstColumn(@Nullable Object csv, Sample s) {
        return ((CsvFile) csv).rows().stream().map(row -> (Object) String.valueOf(row.getFirst()))
                .collect(Collectors.toSet());
    }

    /** The wards named in the first column of any sheet of the workbook (相互評価, 区別の回答). */
    private static Set<Object> workbookWards(@Nullable Object bytes, Sample s) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream((byte[]) bytes))) {
            Set<Object> wards = new java.util.HashSet<>();
            for (Sheet sheet : workbook) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == CellType.STRING
                            && first.getStringCellValue().matches(".+区")) {
                        wards.add(first.getStringCellValue());
                    }
                }
            }
            return wards;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Object> actionWards(@Nullable Object rows, Sample s) {
        return ((List<?>) rows).stream().map(row -> ((ActionRow) row).wardId())
                .filter(Objects::nonNull).map(ward -> (Object) ward).collect(Collectors.toSet());
    }

}
