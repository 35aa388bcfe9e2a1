package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import java.util.Map;
import java.util.TreeMap;

import jp.osaka.renkei.TestWards;

import org.junit.jupiter.api.Test;

/**
 * 回答入力 in a real browser: a ward office answers its survey with keyboard and mouse, keeps a draft
 * across a reload, and submits. Writes only 西成区's ward-office response, which no other test reads.
 */
class AnswerSurveyE2E extends EndToEndTest {

    private static final String VERY_WELL = "とても連携できている";
    private static final String WELL = "連携できている";
    private static final String NOT_WELL = "連携できていない";
    private static final String NOT_AT_ALL = "全く連携できていない";
    private static final String NO_ORGANISATION = "区内に団体がない";
    private static final String COMMENT = "地域ケア会議で毎月、事例を共有しています。";

    /** What the test chooses for each item; items 3 to 5 are answered with the keyboard only. */
    private static final Map<Integer, String> ANSWERS = new TreeMap<>(Map.ofEntries(
            Map.entry(1, WELL), Map.entry(2, VERY_WELL), Map.entry(3, VERY_WELL), Map.entry(4, NOT_WELL),
            Map.entry(5, NO_ORGANISATION), Map.entry(6, WELL), Map.entry(7, NOT_AT_ALL), Map.entry(8, NOT_WELL),
            Map.entry(9, WELL), Map.entry(10, VERY_WELL), Map.entry(11, NOT_WELL), Map.entry(12, WELL)));

    @Test
    void wardOfficeAnswersEveryItemKeepsItsDraftAcrossAReloadAndSubmits() {
        openLoginPage();
        screenshot("login");
        signIn(TestWards.NISHINARI_OFFICE);
        assertThat(page.locator("#user-role")).containsText("西成区");
        assertThat(page.locator("#own-ward #status-ward-office")).containsText("未回答");
        screenshot("home-ward");

        sideNav("回答入力").click();
        assertThat(page.locator(".view-title")).containsText("西成区");
        assertThat(page.locator("#answer-status-text")).hasText("まだ保存された回答はありません。");

        submittingWithNothingAnsweredListsAllTwelveItems();

        Locator flagged = page.locator(".item-row.unanswered");
        assertThat(flagged).hasCount(12);
        clickLevel(1, WELL);
        assertThat(flagged).hasCount(11);
        clickLevel(2, VERY_WELL);
        page.locator("#comment-2 input").fill(COMMENT);
        answerItemsThreeToFiveWithTheKeyboard();
        for (int item = 6; item <= 12; item++) {
            clickLevel(item, ANSWERS.get(item));
        }
        assertAnswersShown();
        assertThat(flagged).hasCount(0);

        page.locator("#save-draft").click();
        assertThat(page.locator("#answer-status-text")).containsText("最終保存");
        page.reload();
        assertThat(page.locator("#answer-status-text")).containsText("最終保存");
        assertAnswersShown();
        assertThat(page.locator("#comment-2 input")).hasValue(COMMENT);
        screenshot("answer-form");

        page.locator("#submit").click();
        Locator confirm = page.locator("#submit-confirm");
        assertThat(confirm).containsText("提出すると、回答は変更できなくなります");
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提出する").setExact(true)).click();

        assertThat(page.locator("#answer-status-text")).containsText("提出済み");
        assertThat(page.locator("#submit")).hasCount(0);
        assertThat(page.locator("#save-draft")).hasCount(0);
        for (int item = 1; item <= 12; item++) {
            assertThat(page.locator("#item-" + item)).hasAttribute("readonly", "");
        }
        assertThat(page.locator("#comment-2")).hasAttribute("readonly", "");
        assertAnswersShown();
        assertThat(level(1, VERY_WELL)).isDisabled();
        screenshot("answer-submitted");

        sideNav("ホーム").click();
        assertThat(page.locator("#own-ward #status-ward-office")).containsText("提出済");
        assertThat(page.locator("#own-ward #status-support-room")).not().containsText("提出済");
    }

    private void submittingWithNothingAnsweredListsAllTwelveItems() {
        page.locator("#submit").click();
        Locator dialog = page.locator("#incomplete-dialog");
        assertThat(dialog).containsText("未回答の項目があります");
        Locator missing = page.locator("#unanswered-items li");
        assertThat(missing).hasCount(12);
        assertThat(missing.first()).hasText("1.医師会");
        assertThat(missing.last()).hasText("12.在宅医療・介護連携支援コーディネーター");
        screenshot("answer-incomplete");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("閉じる").setExact(true)).click();
        assertThat(page.locator("#unanswered-items")).hasCount(0);
        assertThat(page.locator("#submit-confirm")).hasCount(0);
    }

    /**
     * Tab from item 2's comment into item 3's levels and Space picks the first level; Tab twice more
     * and two arrow presses pick item 4's third level; item 5 gets the focus directly and the up arrow
     * wraps round to its last level.
     */
    private void answerItemsThreeToFiveWithTheKeyboard() {
        page.locator("#comment-2 input").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        assertThat(level(3, VERY_WELL)).isChecked();

        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(level(4, NOT_WELL)).isChecked();

        page.locator("#item-5 input[type='radio']").first().focus();
        page.keyboard().press("ArrowUp");
        assertThat(level(5, NO_ORGANISATION)).isChecked();
    }

    private void assertAnswersShown() {
        ANSWERS.forEach((item, label) -> assertThat(level(item, label)).isChecked());
    }

    private void clickLevel(int item, String label) {
        level(item, label).click();
        assertThat(level(item, label)).isChecked();
    }

    /** The radio button of one level in one item's group, by its visible label. */
    private Locator level(int item, String label) {
        return page.locator("#item-" + item).getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(label).setExact(true));
    }
}
