package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import jp.osaka.renkei.DemoDataTest;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** ホーム's actions: the bureau sees what is overdue, a ward what is due in the next 30 days. */
@DemoDataTest
class HomeActionsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheOverdueActionsLinkedToTheirPages() {
        navigate(HomeView.class);

        Card card = find(Card.class).withId("overdue-actions").single();
        assertThat(find(Paragraph.class).withId("overdue-actions-summary").single().getText())
                .isEqualTo("期限を過ぎて完了していない取組みが 3 件あります。");
        // the longest overdue first: 旭区 (20 days), 全市 (10 days), 天王寺区 (5 days)
        assertThat(find(Anchor.class, card).all()).extracting(Anchor::getText).containsExactly(
                "理学療法士会の周知（区民向け講座）", "区役所担当者とコーディネーターの認識共有（連絡会の開催）", "社会福祉協議会との事例検討会");
        assertThat(find(Anchor.class, card).all().getFirst().getHref()).matches("actions/\\d+");
    }

    @Test
    @WithUserDetails("room-miyakojima")
    void aWardUserSeesTheirWardsActionsDueInTheNext30Days() {
        navigate(HomeView.class);

        Card card = find(Card.class).withId("due-actions").single();
        assertThat(find(Anchor.class, card).all()).extracting(Anchor::getText)
                .containsExactly("理学療法士会の周知（区内事業所への案内）");
        assertThat(find(Card.class).withId("overdue-actions").all()).isEmpty();
    }

    @Test
    @WithUserDetails("ward-higashinari")
    void aWardWithNothingDueSoonIsToldSo() {
        navigate(HomeView.class);

        assertThat(find(Paragraph.class).withId("due-actions-summary").single().getText())
                .isEqualTo("30日以内に期限を迎える取組みはありません。");
    }
}
