package jp.osaka.renkei.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.base.ui.AccessDeniedView;
import jp.osaka.renkei.base.ui.NotFoundView;
import jp.osaka.renkei.results.WardHistory;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** 区のプロフィール by its URL, on the demo data: what the bureau and a ward see, and what is refused. */
@DemoDataTest
class WardProfileViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void theBureauSeesEveryItemsLevelInEveryRoundThePairTheActionsAndTheComments() {
        navigate("wards/271098", WardProfileView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("天王寺区のプロフィール");
        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly(
                "区役所の回答（連携度の推移）", "相談支援室の回答（連携度の推移）", "相互評価の推移", "この区の取組み",
                "回答へのコメント");
        Grid<WardHistory.ItemHistory> office = find(Grid.class).withId("levels-grid-ward-office").single();
        assertThat(office.getColumns()).extracting(Grid.Column::getKey)
                .startsWith((String) null).containsSubsequence("round-2017", "round-2021", "round-2025");
        assertThat(test(office).size()).isEqualTo(12);
        assertThat(test(office).getRow(10).label().ja()).isEqualTo("理学療法士会");
        // the demo's three rounds, and any that other tests of the shared context added
        assertThat(test(find(Grid.class).withId("pairs-grid").single()).size()).isGreaterThanOrEqualTo(3);
        Grid<ActionRow> actions = find(Grid.class).withId("actions-grid").single();
        assertThat(test(actions).getRow(0).title()).isEqualTo("社会福祉協議会との事例検討会");
        assertThat(((Anchor) test(actions).getCellComponent(0, 0)).getHref()).matches("actions/\\d+");
        assertThat(find(Paragraph.class).withClassName("profile-comment-text").all()).extracting(Paragraph::getText)
                .contains("ブランチとの情報共有の場がまだ少ない。");
        assertThat(find(Span.class).withClassName("profile-comment-about").all().getFirst().getText())
                .matches("令和\\d+年度 \\(20\\d\\d\\)・(区役所|相談支援室)・\\d+\\. .+（.+）");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserSeesTheirOwnWardOverThePublishedRounds() {
        navigate("wards/271276", WardProfileView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("北区のプロフィール");
        Grid<WardHistory.ItemHistory> room = find(Grid.class).withId("levels-grid-support-room").single();
        assertThat(room.getColumns()).extracting(Grid.Column::getKey).containsSubsequence("round-2017", "round-2021")
                .doesNotContain("round-2025");
        assertThat(find(Paragraph.class).withId("profile-intro").single().getText()).contains("公表済み");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserWhoTypesAnotherWardsProfileUrlIsRefusedInsideTheLayout() {
        navigate("wards/271098", AccessDeniedView.class);

        assertThat(find(H1.class).withId("error-title").single().getText()).isEqualTo("このページを表示する権限がありません");
        assertThat(find(Div.class).withId("profile-comments").exists()).as("nothing of 天王寺区's profile").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void anUnknownWardCodeIsNotFound() {
        navigate("wards/999999", NotFoundView.class);
    }
}
