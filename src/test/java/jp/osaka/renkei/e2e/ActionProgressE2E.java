package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

import jp.osaka.renkei.TestWards;

import org.junit.jupiter.api.Test;

/**
 * 取組み in a real browser: 東成区's coordinator adds a progress note to the ward's action, and the bureau
 * then sees that note as the action's latest progress on the goal's page. Writes only a note of
 * 東成区's demo action, which no other test reads.
 */
class ActionProgressE2E extends EndToEndTest {

    private static final String ACTION = "地域包括支援センター・ブランチ・社会福祉協議会との連携強化";
    private static final String NOTE = "ブランチ3か所で相談支援室の説明会を開き、連絡先を交換した。";

    @Test
    void aCoordinatorsProgressNoteShowsOnTheGoalsPageForTheBureau() {
        signIn(TestWards.HIGASHINARI_ROOM);
        sideNav("取組み").click();
        Locator row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(ACTION));
        assertThat(row.first()).isVisible();
        screenshot("actions-list");
        row.first().click();

        assertThat(page.locator(".view-title")).hasText(ACTION);
        page.locator("#note-text textarea").fill(NOTE);
        page.locator("#note-add").click();
        assertThat(page.locator("#action-notes .action-note").first()).containsText(NOTE);
        assertThat(page.locator("#action-notes .action-note").first()).containsText("東成区 相談支援室");
        assertThat(page.locator("#history-grid")).containsText("進捗メモ");
        screenshot("action-detail");

        page.context().clearCookies();
        signIn("admin");
        sideNav("目標・進捗").click();
        screenshot("goals");
        page.locator("vaadin-button[id^='open-goal-']").first().click();
        Locator latest = page.locator("#goal-actions .goal-latest-note").filter(new Locator.FilterOptions()
                .setHasText(NOTE));
        assertThat(latest).hasCount(1);
        assertThat(latest).containsText("東成区 相談支援室");
        screenshot("goal-detail");
    }
}
