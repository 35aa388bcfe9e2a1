package jp.osaka.renkei.results.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.CommentService;
import jp.osaka.renkei.results.ItemComment;
import jp.osaka.renkei.results.ReportComment;
import jp.osaka.renkei.results.WardLevels;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The wards' comments on 集計結果 (under each chart), 区別の回答 (a column and a ward's pane) and the 資料 (the
 * chosen ones), as each role sees them on the demo data, where 北区 comments on 総合相談窓口（ブランチ）.
 */
@DemoDataTest
class CommentViewsTest extends SpringBrowserlessTest {

    private static final String BRANCH = "ブランチとの情報共有の場がまだ少ない。";

    @Autowired
    CommentService comments;

    @AfterEach
    void withdrawWhatTheTestChose() {
        SystemActor.run(() -> comments.chosen(2021).forEach(chosen -> comments.withdraw(2021, chosen.ratingId())));
    }

    @Test
    @WithUserDetails("admin")
    void theBureauReadsEveryWardsCommentsUnderTheItemsChartWithTheWardsName() {
        open("results", "round=2021&compare=2017&type=ward-office");

        List<ItemComment> expected = SystemActor.call(() -> comments.comments(2021, RespondentType.WARD_OFFICE))
                .stream().filter(comment -> comment.text().equals(BRANCH)).toList();
        Component branch = panel("item-BRANCH_CONSULTATION");
        assertThat(texts(branch, Div.class, "comment-text")).hasSize(expected.size()).containsOnly(BRANCH);
        assertThat(texts(branch, Span.class, "comment-ward")).contains("北区")
                .containsExactlyElementsOf(expected.stream().map(comment -> comment.ward().ja()).toList());
        assertThat(find(CommentList.class).all()).hasSizeLessThan(12); // only items someone commented on
    }

    @Test
    @WithUserDetails("admin")
    void theBureauChoosesACommentAndTheReportPrintsItWithTheWardsNameOnlyWhenAskedTo() {
        open("results", "round=2021&compare=2017&type=ward-office");
        ItemComment kita = SystemActor.call(() -> comments.comments(2021, RespondentType.WARD_OFFICE)).stream()
                .filter(comment -> comment.text().equals(BRANCH) && comment.ward().ja().equals("北区"))
                .findFirst().orElseThrow();

        test(find(Checkbox.class).withId("choose-" + kita.ratingId()).single()).click();
        assertThat(SystemActor.call(() -> comments.chosen(2021))).extracting(ReportComment::ratingId)
                .containsExactly(kita.ratingId());
        open("results/report", "round=2021&compare=2017");
        assertThat(reportComments()).containsExactly(BRANCH);

        open("results", "round=2021&compare=2017&type=ward-office");
        test(find(Checkbox.class).withId("named-" + kita.ratingId()).single()).click();
        open("results/report", "round=2021&compare=2017");
        assertThat(reportComments()).containsExactly(BRANCH + "（北区）");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserReadsOnlyItsOwnWardsCommentsAndChoosesNothing() {
        open("results", "round=2021&compare=2017&type=ward-office");

        Component branch = panel("item-BRANCH_CONSULTATION");
        assertThat(texts(branch, Div.class, "comment-text")).containsExactly(BRANCH);
        assertThat(texts(branch, Span.class, "comment-ward")).isEmpty();
        assertThat(find(Checkbox.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesNoComments() {
        open("results", "round=2021&compare=2017&type=ward-office");

        assertThat(find(ItemResultPanel.class).all()).hasSize(12);
        assertThat(find(CommentList.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void wardLevelsCountEachWardsCommentsAndShowTheChosenWardsCommentsInAPane() {
        open("results/wards", "round=2021&type=ward-office");
        Grid<WardLevels.Row> grid = find(Grid.class).withId("ward-levels-grid").single();
        long kitaComments = SystemActor.call(() -> comments.commentsOfWard(2021, 1)).stream()
                .filter(comment -> comment.type() == RespondentType.WARD_OFFICE).count();

        assertThat(test(grid).getHeaderCell(1)).isEqualTo("コメント");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(kitaComments + "件");
        assertThat(test(grid).getCellText(1, 1)).isEmpty(); // 都島区 wrote none
        test(grid).select(0);

        Component pane = find(WardCommentsPane.class).single();
        assertThat(find(H3.class, pane).withClassName("ward-comments-title").single().getText()).isEqualTo("北区のコメント");
        assertThat(texts(pane, Div.class, "comment-text")).hasSize((int) kitaComments).contains(BRANCH);
    }

    private void open(String route, String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(route, com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private Component panel(String id) {
        return find(ItemResultPanel.class).withId(id).single();
    }

    private List<String> reportComments() {
        return find(ListItem.class).withClassName("report-comment").all().stream().map(ListItem::getText).toList();
    }

    private <T extends Component> List<String> texts(Component in, Class<T> type, String className) {
        return find(type, in).withClassName(className).all().stream()
                .map(component -> component.getElement().getText()).toList();
    }
}
