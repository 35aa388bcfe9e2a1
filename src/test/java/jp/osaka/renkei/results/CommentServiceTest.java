package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wards' comments on the demo data (every fourth ward comments, 北区 among them): the bureau reads all, a
 * ward user its own ward's, a viewer none; the bureau chooses comments for the 資料, audited.
 */
@DemoDataTest
class CommentServiceTest {

    private static final long KITA = 1;
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    CommentService comments;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuditLog audit;

    @Test
    @WithUserDetails("admin")
    void theBureauReadsEveryWardsCommentsOnAnInstrument() {
        List<ItemComment> all = comments.comments(2021, OFFICE);

        assertThat(all).extracting(ItemComment::wardId).contains(KITA);
        assertThat(all).extracting(ItemComment::ratingId).doesNotHaveDuplicates();
        assertThat(all.stream().map(ItemComment::wardId).distinct().count()).isGreaterThan(3);
        assertThat(all).allSatisfy(comment -> {
            assertThat(comment.type()).isEqualTo(OFFICE);
            assertThat(comment.text()).isNotBlank();
        });
        assertThat(all).anySatisfy(comment -> {
            assertThat(comment.ward().ja()).isEqualTo("北区");
            assertThat(comment.item().ja()).isEqualTo("総合相談窓口（ブランチ）");
            assertThat(comment.itemNo()).isEqualTo(7);
        });
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserReadsOnlyItsOwnWardsComments() {
        assertThat(comments.comments(2021, OFFICE)).isNotEmpty().extracting(ItemComment::wardId).containsOnly(KITA);
        assertThat(comments.comments(2021, RespondentType.SUPPORT_ROOM)).extracting(ItemComment::wardId)
                .containsOnly(KITA);
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReadsNoComments() {
        assertThat(SystemActor.call(() -> comments.comments(2021, OFFICE))).isNotEmpty();

        assertThat(comments.comments(2021, OFFICE)).isEmpty();
        assertThatThrownBy(() -> comments.commentsOfWard(2021, KITA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserReadsItsOwnWardsCommentsOverARoundButNotAnotherWards() {
        long other = otherCommentingWard();

        assertThat(comments.commentsOfWard(2021, KITA)).extracting(ItemComment::type)
                .contains(OFFICE, RespondentType.SUPPORT_ROOM);
        assertThatThrownBy(() -> comments.commentsOfWard(2021, other)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemActor.call(() -> comments.commentsOfWard(2021, other))).isNotEmpty()
                .extracting(ItemComment::wardId).containsOnly(other);
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void theBureauChoosesACommentForTheReportAnonymousThenNamedThenWithdrawsItAndEachStepIsAudited() {
        ItemComment comment = comments.comments(2021, OFFICE).getFirst();

        comments.choose(2021, comment.ratingId(), false);
        assertThat(asViewer()).singleElement().satisfies(printed -> {
            assertThat(printed.text()).isEqualTo(comment.text());
            assertThat(printed.partnerId()).isEqualTo(comment.partnerId());
            assertThat(printed.ward()).isNull();
        });

        comments.choose(2021, comment.ratingId(), true);
        assertThat(asViewer()).singleElement().satisfies(printed ->
                assertThat(printed.ward()).isEqualTo(comment.ward()));

        comments.withdraw(2021, comment.ratingId());
        assertThat(asViewer()).isEmpty();
        assertThat(audit.find(AuditFilter.none(), 0, 3)).extracting(AuditEntry::getAction).containsExactly(
                "REPORT_COMMENT_WITHDRAWN", "REPORT_COMMENT_NAMED", "REPORT_COMMENT_CHOSEN");
    }

    @Test
    @WithUserDetails("admin")
    @Transactional
    void onlyASubmittedCommentOfTheRoundCanBeChosen() {
        long earlier = comments.comments(2017, OFFICE).getFirst().ratingId();

        assertThatThrownBy(() -> comments.choose(2021, earlier, false)).isInstanceOf(DomainException.class)
                .hasMessageContaining("report.comment.notFound");
        assertThat(comments.chosen(2021)).isEmpty();
    }

    @Test
    @WithUserDetails("ward-kita")
    void onlyTheBureauChoosesComments() {
        long own = comments.comments(2021, OFFICE).getFirst().ratingId();

        assertThatThrownBy(() -> comments.choose(2021, own, true)).isInstanceOf(AccessDeniedException.class);
    }

    private List<ReportComment> asViewer() {
        return RunAs.call(accounts.loadUserByUsername("viewer"), () -> comments.chosen(2021));
    }

    private long otherCommentingWard() {
        return SystemActor.call(() -> comments.comments(2021, OFFICE)).stream().map(ItemComment::wardId)
                .filter(id -> id != KITA).findFirst().orElseThrow();
    }
}
