package jp.osaka.renkei.goal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.LinkedActions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 目標・進捗 on the demo data: the seed's two goals with their actions by status, and a goal's actions. */
@DemoDataTest
class GoalsViewTest extends SpringBrowserlessTest {

    @Autowired
    GoalService goals;

    @Test
    @WithUserDetails("viewer")
    void everyoneSeesTheTwoGoalsWithTheirActionsCountedByStatus() {
        navigate(GoalsView.class);

        assertThat(find(Card.class).all()).hasSize(2);
        GoalSummary first = firstGoal();
        assertThat(first.title().ja()).isEqualTo("地域における医療・介護の様々な関係機関との連携の強化");
        Div counts = find(Div.class).withId("goal-actions-" + first.id()).single();
        assertThat(find(Badge.class, counts).all()).extracting(Badge::getText)
                .containsExactly("予定 0", "実施中 3", "完了 2", "保留 1");
        assertThat(find(Button.class).withId("open-goal-" + first.id()).exists()).isTrue();
        assertThat(find(Button.class).withId("edit-goal-" + first.id()).exists()).as("viewers do not edit").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void aGoalsPageListsItsActionsWithTheLatestProgressNote() {
        GoalSummary first = firstGoal();
        navigate(GoalDetailView.path(first.id()), GoalDetailView.class);

        @SuppressWarnings("unchecked")
        Grid<LinkedActions.LinkedAction> grid = find(Grid.class).withId("goal-actions").single();
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(6);
        int row = 0;
        while (!tester.getRow(row).title().equals("理学療法士会の周知（全市）")) {
            row++;
        }
        LinkedActions.LatestNote note = tester.getRow(row).latestNote();
        assertThat(note).isNotNull();
        assertThat(note.text()).isEqualTo("案内資料の案を各区に送付し、意見を募集。");
        assertThat(note.author()).isEqualTo("健康局 在宅医療担当");
        Div cell = (Div) tester.getCellComponent(row, 4);
        assertThat(find(Span.class, cell).all()).extracting(Span::getText).last()
                .isEqualTo("案内資料の案を各区に送付し、意見を募集。");
    }

    @Test
    @WithUserDetails("room-fukushima")
    void aWardUserCountsOnlyTheirWardsAndTheCityWideActions() {
        navigate(GoalsView.class);

        Div counts = find(Div.class).withId("goal-actions-" + firstGoal().id()).single();
        // 福島区's own (完了) and the two city-wide ones of the first goal (実施中, 完了)
        assertThat(find(Badge.class, counts).all()).extracting(Badge::getText)
                .containsExactly("予定 0", "実施中 1", "完了 2", "保留 0");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorsGoalWithoutAJapaneseTitleIsRefusedAndNothingChanges() {
        GoalSummary first = firstGoal();
        navigate(GoalsView.class);
        test(find(Button.class).withId("edit-goal-" + first.id()).single()).click();
        test(find(TextField.class).withId("goal-title-ja").single()).setValue(" ");
        test(find(Button.class).withId("goal-save").single()).click();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("目標を日本語と英語の両方で入力してください。");
        assertThat(firstGoal()).isEqualTo(first);
    }

    private GoalSummary firstGoal() {
        return goals.findAll().getFirst();
    }
}
