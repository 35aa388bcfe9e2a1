package jp.osaka.renkei.survey;

import static jp.osaka.renkei.survey.SurveyFixture.answer;
import static jp.osaka.renkei.survey.SurveyFixture.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and change which response, through the real services on MariaDB, with the answer history. */
@IntegrationTest
class WardScopingIT {

    private static final int FISCAL_YEAR = 2091; // no other IT uses it
    private static final long KITA = 1;
    private static final long NISHINARI = 24;
    private static final ResponseKey KITA_OFFICE = new ResponseKey(FISCAL_YEAR, KITA, RespondentType.WARD_OFFICE);
    private static final ResponseKey KITA_ROOM = new ResponseKey(FISCAL_YEAR, KITA, RespondentType.SUPPORT_ROOM);
    private static final ResponseKey NISHINARI_OFFICE =
            new ResponseKey(FISCAL_YEAR, NISHINARI, RespondentType.WARD_OFFICE);

    @Autowired
    private ResponseService responses;
    @Autowired
    private JdbcTemplate jdbc;
    private SurveyFixture fixture;
    private RoundSummary round;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired RoundService rounds, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.user("ward-a", Role.WARD_OFFICE, KITA);
        fixture.user("room-a", Role.SUPPORT_ROOM, KITA);
        fixture.user("ward-b", Role.WARD_OFFICE, NISHINARI);
        fixture.user("viewer", Role.VIEWER, null);
        round = fixture.openRound(FISCAL_YEAR);
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        fixture.removeAll();
    }

    @Test
    void wardOfficeSavesADraftAndThenSubmitsItsOwnResponse() {
        AnswerSheet empty = fixture.as("ward-a", () -> responses.sheet(KITA_OFFICE));
        assertThat(empty.status()).isNull();
        assertThat(empty.editable()).isTrue();
        AnswerSheet draft = fixture.as("ward-a",
                () -> responses.saveDraft(KITA_OFFICE, answers(empty, 5, Level.WELL), empty.version()));
        assertThat(draft.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(draft.unansweredItemNumbers()).containsExactly(6, 7, 8, 9, 10, 11, 12);
        AnswerSheet submitted = fixture.as("ward-a",
                () -> responses.submit(KITA_OFFICE, answers(draft, 12, Level.VERY_WELL), draft.version()));
        assertThat(submitted).extracting(AnswerSheet::status, AnswerSheet::submittedBy, AnswerSheet::editable)
                .containsExactly(ResponseStatus.SUBMITTED, "ward-a", false);
        assertThat(submitted.submittedAt()).isNotNull();
    }

    @Test
    void wardUserCannotReadAnotherWardsResponse() {
        assertThat(fixture.as("ward-b", () -> responses.sheet(NISHINARI_OFFICE)).editable()).isTrue();
        assertThatThrownBy(() -> fixture.as("ward-b", () -> responses.sheet(KITA_OFFICE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("ward-b", () -> responses.sheet(KITA_ROOM)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void wardUserCannotSaveOrSubmitAnotherWardsResponse() {
        AnswerSheet kita = draftByWardA(3, Level.WELL);
        List<AnswerInput> overwrite = answers(kita, 12, Level.NOT_AT_ALL);
        long version = kita.version();
        assertThatThrownBy(() -> fixture.as("ward-b", () -> responses.saveDraft(KITA_OFFICE, overwrite, version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as("ward-b", () -> responses.submit(KITA_OFFICE, overwrite, version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.ratingsOf(KITA_OFFICE)).isEqualTo(3);
        AnswerSheet unchanged = SystemActor.call(() -> responses.sheet(KITA_OFFICE));
        assertThat(unchanged.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.lines()).isEqualTo(kita.lines());
    }

    @Test
    void supportRoomReadsItsWardOfficesResponseButCannotChangeIt() {
        draftByWardA(3, Level.WELL);
        AnswerSheet seen = fixture.as("room-a", () -> responses.sheet(KITA_OFFICE));
        assertThat(seen.lines()).extracting(AnswerSheet.Line::level).startsWith(Level.WELL, Level.WELL, Level.WELL);
        assertThat(seen.editable()).isFalse();
        assertThatThrownBy(() -> fixture.as("room-a",
                () -> responses.saveDraft(KITA_OFFICE, answers(seen, 12, Level.NOT_WELL), seen.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.ratingsOf(KITA_OFFICE)).isEqualTo(3);
        AnswerSheet own = fixture.as("room-a", () -> {
            AnswerSheet sheet = responses.sheet(KITA_ROOM);
            return responses.saveDraft(KITA_ROOM, answers(sheet, 2, Level.WELL), sheet.version());
        });
        assertThat(own.status()).isEqualTo(ResponseStatus.DRAFT);
    }

    @Test
    void viewerSeesCountsButCannotReadIndividualResponses() {
        draftByWardA(3, Level.WELL);
        assertThat(fixture.as("viewer", () -> responses.submissionCounts(round.id())))
                .contains(new SubmissionCount(RespondentType.WARD_OFFICE, 0, 1));
        assertThatThrownBy(() -> fixture.as("viewer", () -> responses.sheet(KITA_OFFICE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorReadsEveryWardsResponse() {
        draftByWardA(3, Level.WELL);
        AnswerSheet kita = SystemActor.call(() -> responses.sheet(KITA_OFFICE));
        assertThat(kita.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(kita.lines()).extracting(AnswerSheet.Line::level).startsWith(Level.WELL, Level.WELL, Level.WELL);
        assertThat(kita.editable()).isFalse(); // administrators read; the wards answer
        assertThat(SystemActor.call(() -> responses.sheet(NISHINARI_OFFICE)).lines()).hasSize(12);
    }

    @Test
    void submittingWithUnansweredItemsIsRefusedNamingThemAndNothingIsKept() {
        AnswerSheet draft = draftByWardA(2, Level.WELL);
        List<AnswerInput> allBut3And12 = draft.lines().stream().filter(l -> l.itemNo() != 3 && l.itemNo() != 12)
                .map(l -> new AnswerInput(l.itemId(), Level.NOT_WELL, null)).toList();
        assertThatThrownBy(() -> fixture.as("ward-a",
                () -> responses.submit(KITA_OFFICE, allBut3And12, draft.version())))
                .isInstanceOfSatisfying(IncompleteResponseException.class,
                        e -> assertThat(e.missingItemNumbers()).containsExactly(3, 12));
        AnswerSheet after = SystemActor.call(() -> responses.sheet(KITA_OFFICE));
        assertThat(after.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(after.submittedAt()).isNull();
        assertThat(after.unansweredItemNumbers()).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_id = ? and submitted_at"
                + " is not null", Integer.class, round.id())).isZero();
    }

    @Test
    void savingOverANewerSaveIsRefusedAsStale() {
        AnswerSheet first = draftByWardA(2, Level.WELL);
        AnswerSheet second = fixture.as("ward-a", () -> responses.saveDraft(KITA_OFFICE,
                List.of(answer(first, 1, Level.NOT_WELL, null)), first.version()));
        assertThat(second.version()).isGreaterThan(first.version());
        assertThatThrownBy(() -> fixture.as("ward-a", () -> responses.saveDraft(KITA_OFFICE,
                List.of(answer(first, 1, Level.NOT_AT_ALL, null)), first.version())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("answer.stale"));
        assertThat(SystemActor.call(() -> responses.sheet(KITA_OFFICE)).lines().getFirst().level())
                .isEqualTo(Level.NOT_WELL);
    }

    @Test
    void historyRecordsWhoChangedWhichItemFromWhatToWhat() {
        String comment = "月例の多職種会議を始めた";
        AnswerSheet first = draftByWardA(1, Level.WELL);
        AnswerSheet second = fixture.as("ward-a", () -> responses.saveDraft(KITA_OFFICE,
                List.of(answer(first, 1, Level.VERY_WELL, comment)), first.version()));
        List<AnswerInput> all = Stream.concat(Stream.of(answer(second, 1, Level.VERY_WELL, comment)),
                answers(second, 12, Level.WELL).stream().skip(1)).toList();
        fixture.as("ward-a", () -> responses.submit(KITA_OFFICE, all, second.version()));

        List<Map<String, Object>> changes = jdbc.queryForList("""
                select c.item_id, c.field, c.old_value, c.new_value, c.changed_by from answer_change c
                join survey_response r on r.id = c.response_id
                where r.round_id = ? and r.ward_id = ? and r.respondent_type = 'WARD_OFFICE' order by c.id""",
                round.id(), KITA);
        // 1 + 2 (level and comment of item 1) + 11 levels and the status at submission
        assertThat(changes).hasSize(15).allSatisfy(c -> assertThat(c).containsEntry("changed_by", "ward-a"));
        long item1 = first.lines().getFirst().itemId();
        assertThat(changes).filteredOn(c -> Objects.equals(c.get("item_id"), item1))
                .extracting(c -> tuple(c.get("field"), c.get("old_value"), c.get("new_value")))
                .containsExactly(tuple("LEVEL", null, "WELL"), tuple("LEVEL", "WELL", "VERY_WELL"),
                        tuple("COMMENT", null, comment));
        assertThat(changes.getLast()).containsEntry("item_id", null).containsEntry("field", "STATUS")
                .containsEntry("old_value", "DRAFT").containsEntry("new_value", "SUBMITTED");
    }

    /** Ward A's office saves a draft with its first items answered; returns the sheet it then sees. */
    private AnswerSheet draftByWardA(int items, Level level) {
        return fixture.as("ward-a", () -> {
            AnswerSheet sheet = responses.sheet(KITA_OFFICE);
            return responses.saveDraft(KITA_OFFICE, answers(sheet, items, level), sheet.version());
        });
    }
}
