package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.osaka.renkei.TestWards;

import org.junit.jupiter.api.Test;

/**
 * Leaving 回答入力 with unsaved changes asks first in a real browser: by the side menu and
 * the browser's back button the app asks (保存されていない変更があります), and for another address typed in the
 * browser the browser asks; nothing chosen is lost by staying. Writes only 東住吉区's ward-office draft of
 * 令和7年度 (item 3; the other test changes item 4 and saves nothing): the ward is this test's in
 * {@link TestWards}.
 */
class UnsavedChangesE2E extends EndToEndTest {

    private static final String WELL = "連携できている";

    @Test
    void theBrowsersBackButtonAndATypedAddressAskBeforeLeavingUnsavedChanges() {
        openAnswerForm();
        level(4).click();
        assertThat(level(4)).isChecked();

        page.goBack();
        assertThat(unsaved()).hasAttribute("aria-label", "保存されていない変更があります");
        stay();
        assertThat(level(4)).isChecked();

        List<String> asked = new ArrayList<>();
        page.onDialog(dialog -> {
            asked.add(dialog.type());
            dialog.dismiss();
        });
        try {
            page.navigate(page.url().replaceFirst("/[^/]*$", "/results"));
        } catch (RuntimeException refused) {
            // the browser stays on the page when its question is dismissed: Playwright reports that as aborted
        }
        assertThat(asked).as("the browser's own question").contains("beforeunload");
        assertThat(level(4)).isChecked();
    }

    @Test
    void theSideMenuAsksAndSavingTheDraftThenGoesWhereTheUserWasGoing() {
        openAnswerForm();
        level(3).click();
        assertThat(level(3)).isChecked();

        sideNav("ホーム").click();
        assertThat(unsaved()).hasAttribute("aria-label", "保存されていない変更があります");
        stay();
        assertThat(page).hasURL(Pattern.compile(".*/answer$"));
        assertThat(level(3)).isChecked();

        sideNav("集計結果").click();
        assertThat(unsaved()).hasAttribute("aria-label", "保存されていない変更があります");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("下書き保存して移動")).click();
        assertThat(page).hasURL(Pattern.compile(".*/results.*"));
        open("");
        assertThat(page.locator("#own-ward #status-ward-office")).containsText("下書き");
    }

    private void openAnswerForm() {
        signIn(TestWards.HIGASHISUMIYOSHI_OFFICE);
        sideNav("回答入力").click();
        assertThat(page.locator(".view-title")).containsText("東住吉区");
    }

    /** The open 保存されていない変更があります dialog (a ConfirmDialog, found by its accessible name). */
    private Locator unsaved() {
        return page.locator("vaadin-confirm-dialog[opened]");
    }

    private void stay() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("このページに戻る")).click();
        assertThat(unsaved()).hasCount(0);
    }

    private Locator level(int item) {
        return page.locator("#item-" + item).getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(WELL).setExact(true));
    }
}
