package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.osaka.renkei.mail.MailHistoryFixture.letter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.mail.MailHistoryFixture;
import jp.osaka.renkei.mail.MailKind;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * 送信履歴 in a real browser: a failed message in red with its reason, its HTML shown in the sandboxed frame without
 * the Content-Security-Policy blocking anything, and 再送. Adds its own messages (to 此花区) and reads only those.
 */
class MailHistoryE2E extends EndToEndTest {

    private static final String REFUSED = "550 5.1.1 <konohana@example.jp>: Recipient address rejected";

    @Autowired
    ApplicationContext context;
    @Autowired
    WardService wards;

    @Test
    void theBureauSeesAFailedMessageReadsItAndSendsItAgain() {
        MailHistoryFixture mails = new MailHistoryFixture(context);
        long konohana = SystemActor.call(() -> wards.findAll()).stream()
                .filter(w -> w.getNameJa().equals("此花区")).findFirst().orElseThrow().getId();
        mails.sent(letter(MailKind.ROUND_OPENED, "konohana-e2e@example.jp", null, konohana, "【E2E】調査を開始しました"));
        mails.failed(letter(MailKind.REMINDER, "konohana-e2e@example.jp", null, konohana, "【E2E】回答のお願い"), REFUSED);

        signIn("admin");
        sideNav("送信履歴").click();
        assertThat(page.locator("#mail-sending-off")).containsText("renkei.mail.enabled=false");
        page.locator("#mail-search input").fill("【E2E】");
        Locator grid = page.locator("#mail-grid");
        // the counts change once the search has reached the server: only then are the rows the search's
        assertThat(page.locator("#mail-status-all")).containsText("すべて（2）");
        assertThat(page.locator("#mail-status-FAILED")).containsText("送信失敗（1）");
        assertThat(grid).containsText(REFUSED);
        waitForVaadin();
        screenshot("mail-history");

        grid.getByText("【E2E】回答のお願い").click();
        assertThat(page.locator("#mail-detail-text")).containsText("本文です。");
        assertThat(page.frameLocator("#mail-detail-html").locator("b")).hasText("本文");
        screenshot("mail-history-detail");

        page.locator("#mail-resend").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("再送する").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("送信待ちに戻しました");
        assertThat(page.locator("#mail-status-WAITING")).containsText("送信待ち（1）");
    }
}
