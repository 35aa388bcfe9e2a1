package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import jp.osaka.renkei.TestWards;

import org.junit.jupiter.api.Test;

/**
 * 差し戻し in a real browser: the bureau sends a submitted response back with a reason, 回答状況 lists
 * it as 差し戻し中, and the ward finds the notice on its ホーム. Writes only 浪速区's ward-office
 * response: the ward is this test's in {@link TestWards}.
 */
class SentBackE2E extends EndToEndTest {

    private static final String REASON = "項目7（訪問看護ステーション）の回答を再確認してください。";

    @Test
    void theBureauSendsAResponseBackAndTheWardSeesWhyOnItsHome() {
        Page admin = signInElsewhere("admin", "responses/2025/" + TestWards.NANIWA.code() + "/ward-office");
        admin.locator("#reopen").click();
        admin.locator("#reopen-reason textarea").fill(REASON);
        admin.locator("#reopen-ok").click();
        assertThat(admin.locator("#answer-status-text")).containsText(REASON);
        admin.navigate(admin.url().replaceFirst("/responses/.*", "/status"));
        assertThat(admin.locator(".status-sent-back")).containsText(REASON);

        signIn(TestWards.NANIWA_OFFICE);
        assertThat(page.locator("#sent-back")).containsText("回答が差し戻されました");
        assertThat(page.locator("#sent-back-reason")).hasText("理由: " + REASON);
        screenshot("home-sent-back");

        page.locator("#sent-back-open").click();
        assertThat(page.locator("#answer-status-text")).containsText(REASON);
    }
}
