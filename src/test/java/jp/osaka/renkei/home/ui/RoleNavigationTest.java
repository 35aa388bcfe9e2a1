package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.survey.ReminderService;
import jp.osaka.renkei.survey.RoundService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** After sign-in each role lands on ホーム and the side navigation offers only what it may open. */
@DemoDataTest
class RoleNavigationTest extends SpringBrowserlessTest {

    @Autowired
    RoundService rounds;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ReminderService reminders;

    @Test
    @WithUserDetails("ward-kita")
    void aWardOfficeUserSeesHomeAndAnsweringAndTheirWard() {
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("ホーム", "回答入力", "集計結果", "相互評価", "医療施設等アンケート", "資料", "取組み", "目標・進捗");
        assertThat(find(Span.class).withId("user-role").single().getText()).isEqualTo("区役所担当者 · 北区");
        Card ownWard = find(Card.class).withId("own-ward").single();
        assertThat(find(Badge.class, ownWard).all()).extracting(Badge::getText).containsExactly("未回答", "未回答");
        assertThat(find(Paragraph.class).withId("deadline").single().getText()).startsWith("回答期限: ");
    }

    @Test
    @WithUserDetails("room-nishinari")
    void aSupportRoomUserSeesTheirWard() {
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("ホーム", "回答入力", "集計結果", "相互評価", "医療施設等アンケート", "資料", "取組み", "目標・進捗");
        assertThat(find(Span.class).withId("user-role").single().getText()).isEqualTo("相談支援室 · 西成区");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesHowManyWardsHaveSubmitted() {
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("ホーム", "回答状況", "集計結果", "相互評価", "医療施設等アンケート", "資料", "取組み", "目標・進捗", "調査回", "回答の取り込み", "ユーザー管理", "監査ログ", "送信履歴", "区");
        assertThat(find(Paragraph.class).withId("submissions-ward-office").single().getText())
                .matches("区役所: 提出済 \\d+ / 24区（下書き \\d+区）");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aRemindedWardSeesTheReminderOnHomeUntilItSubmits() {
        long round = SystemActor.call(() -> rounds.findOpen().orElseThrow().id());
        SystemActor.run(() -> reminders.remindMissing(round));

        reopenHome();

        assertThat(find(Paragraph.class).withId("reminder").single().getText()).startsWith("局担当者から回答の催促がありました");
    }

    @Test
    @WithUserDetails("ward-chuo")
    void aWardThatHasSubmittedSeesNoReminder() {
        long round = SystemActor.call(() -> rounds.findOpen().orElseThrow().id());
        SystemActor.run(() -> reminders.remindMissing(round));

        reopenHome();

        assertThat(find(Paragraph.class).withId("reminder").exists()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesHomeAndTheResults() {
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("ホーム", "集計結果", "相互評価", "医療施設等アンケート", "資料", "取組み", "目標・進捗");
        assertThat(find(Span.class).withId("user-role").single().getText()).isEqualTo("閲覧者");
    }

    @Test
    @WithUserDetails("ward-kita")
    void englishIsOneSwitchAwayAndComesFromTheSameBundles() {
        navigate(HomeView.class);
        test(find(Button.class).withId("language-switch").single()).click();
        try {
            // In a browser the switch reloads the page; here the next view shows the new language.
            navigate("answer", Component.class);

            assertThat(find(H1.class).withClassName("view-title").single().getText())
                    .isEqualTo("FY2025 (Reiwa 7) Kita (Ward office)");
            assertThat(find(Button.class).withId("save-draft").single().getText()).isEqualTo("Save draft");
        } finally {
            // the switch saved English to ward-kita's account (for the mails); other tests share the demo data
            accounts.chooseOwnLanguage(Locale.JAPANESE);
        }
    }

    /** ホーム afresh: the test starts on it, and navigating to the view that is shown would keep it as it was. */
    private void reopenHome() {
        navigate("answer", Component.class);
        navigate(HomeView.class);
    }

    private java.util.List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
