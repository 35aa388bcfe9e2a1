package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.AnswerInput;
import jp.osaka.renkei.survey.InstrumentService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.SurveyFixture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The comments' SQL on MariaDB, with comments known by construction: wards 1–3 submitted a comment on item 1,
 * ward 4 left one in a draft, ward 5 wrote only blanks; the scoping of each role, and the choices for the 資料.
 */
@IntegrationTest
class CommentsIT {

    private static final int ROUND = 2091; // no other IT uses this year
    private static final Instant AT = Instant.parse("2026-01-15T01:00:00Z");
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    private CommentService comments;
    @Autowired
    private ResponseService responses;
    @Autowired
    private InstrumentService instruments;
    @Autowired
    private RoundService rounds;
    @Autowired
    private JdbcTemplate jdbc;
    private SurveyFixture fixture;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.user("comments-kita", Role.WARD_OFFICE, 1L);
        fixture.user("comments-viewer", Role.VIEWER, null);
        fixture.pastRound(ROUND);
        for (long ward = 1; ward <= 3; ward++) {
            record(ward, "区" + ward + "の医師会とは定例会がある。", true);
        }
        record(4, "下書きのコメント", false);
        record(5, "  ", true);
        SystemActor.run(() -> rounds.publish(rounds.findByFiscalYear(ROUND).orElseThrow().id()));
    }

    @AfterEach
    void removeWhatTheTestWrote() {
        fixture.removeAll();
    }

    @Test
    void theBureauReadsTheSubmittedNonBlankCommentsInTheCitysOrderOfWards() {
        List<ItemComment> all = SystemActor.call(() -> comments.comments(ROUND, OFFICE));

        assertThat(all).extracting(ItemComment::text)
                .containsExactly("区1の医師会とは定例会がある。", "区2の医師会とは定例会がある。", "区3の医師会とは定例会がある。");
        assertThat(all).extracting(ItemComment::wardId).containsExactly(1L, 2L, 3L);
        assertThat(all.getFirst().ward().ja()).isEqualTo("北区");
        assertThat(all.getFirst().item().ja()).isEqualTo("医師会");
        assertThat(all.getFirst().itemNo()).isEqualTo(1);
        assertThat(SystemActor.call(() -> comments.comments(ROUND, RespondentType.SUPPORT_ROOM))).isEmpty();
    }

    @Test
    void aWardUserReadsItsOwnWardsCommentsOnlyAndAViewerNone() {
        assertThat(fixture.as("comments-kita", () -> comments.comments(ROUND, OFFICE)))
                .extracting(ItemComment::wardId).containsExactly(1L);
        assertThat(fixture.as("comments-kita", () -> comments.commentsOfWard(ROUND, 1))).hasSize(1);
        assertThatThrownBy(() -> fixture.as("comments-kita", () -> comments.commentsOfWard(ROUND, 2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.as("comments-viewer", () -> comments.comments(ROUND, OFFICE))).isEmpty();
    }

    @Test
    void theReportPrintsTheChosenCommentsAnonymousUnlessNamedAndADraftsCommentCannotBeChosen() {
        List<ItemComment> all = SystemActor.call(() -> comments.comments(ROUND, OFFICE));
        SystemActor.run(() -> {
            comments.choose(ROUND, all.get(0).ratingId(), false);
            comments.choose(ROUND, all.get(2).ratingId(), true);
        });

        List<ReportComment> printed = fixture.as("comments-viewer", () -> comments.chosen(ROUND));
        assertThat(printed).extracting(ReportComment::text)
                .containsExactly("区1の医師会とは定例会がある。", "区3の医師会とは定例会がある。");
        assertThat(printed.get(0).ward()).isNull();
        assertThat(printed.get(1).ward().ja()).isEqualTo(all.get(2).ward().ja());

        long draft = jdbc.queryForObject("""
                select g.id from rating g join survey_response r on r.id = g.response_id
                 join survey_round o on o.id = r.round_id
                 where o.fiscal_year = ? and r.ward_id = 4 and g.comment is not null""", Long.class, ROUND);
        assertThatThrownBy(() -> SystemActor.run(() -> comments.choose(ROUND, draft, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("report.comment.notFound");

        SystemActor.run(() -> comments.withdraw(ROUND, all.get(0).ratingId()));
        assertThat(SystemActor.call(() -> comments.chosen(ROUND))).extracting(ReportComment::ratingId)
                .containsExactly(all.get(2).ratingId());
        // the choice goes with its answer (the fixture deletes ratings when it cleans up)
        jdbc.update("delete from rating where id = ?", all.get(2).ratingId());
        assertThat(jdbc.queryForObject("select count(*) from report_comment where rating_id = ?", Integer.class,
                all.get(2).ratingId())).isZero();
    }

    /** One ward office's response: every item answered 連携できている, item 1 with the comment. */
    private void record(long ward, String comment, boolean submit) {
        ResponseKey key = new ResponseKey(ROUND, ward, OFFICE);
        SystemActor.run(() -> {
            List<AnswerInput> answers = instruments.items(ROUND, OFFICE).stream()
                    .map(item -> new AnswerInput(item.id(), Level.WELL, item.itemNo() == 1 ? comment : null))
                    .toList();
            responses.recordOnBehalf(key, answers, submit, "comments-it", AT);
        });
    }
}
