package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/**
 * The texts of Vaadin's components that only the browser sets (PageLanguage, PasswordReveal, DatePickers' day
 * labels): in Japanese mode none of them is left in English. Opens 取組み's create dialog and cancels it; saves nothing.
 */
class JapaneseComponentTextsE2E extends EndToEndTest {

    @Test
    void theLoginPageNamesThePasswordButtonAndThePageLanguageInJapanese() {
        openLoginPage();
        assertThat(page.locator("vaadin-password-field-button")).hasAttribute("aria-label", "パスワードを表示");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("ja");
    }

    @Test
    void theConnectionIndicatorTheMenuButtonAndTheCalendarSpeakJapanese() {
        signIn("ward-hirano");
        waitForVaadin();
        assertThat(page.evaluate("window.Vaadin.connectionIndicator.onlineText")).isEqualTo("サーバーに接続しています");
        assertThat(page.evaluate("window.Vaadin.connectionIndicator.offlineText")).isEqualTo("サーバーとの接続が切れました");
        assertThat(page.locator("vaadin-drawer-toggle")).hasAttribute("aria-label", "メニューの表示・非表示");

        open("actions");
        page.locator("#create-action").click();
        Locator dueDate = page.locator("#action-due-date input");
        assertThat(dueDate).isVisible();
        dueDate.fill("2026/09/01");
        dueDate.press("Enter");
        assertThat(page.locator("#action-due-date")).containsText("令和8年（2026年）9月1日");
        page.locator("#action-due-date [part~='toggle-button']").click();
        Locator day = page.locator("vaadin-month-calendar [part~='date'][aria-label*='2026年）9月1日']");
        assertThat(day.first()).isVisible();
        assertThat(day.first().getAttribute("aria-label")).startsWith("令和8年（2026年）9月1日（火）");
    }
}
