package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The mail flow end to end (docs/decisions/0008-mail-outbox.md): in the demo the bureau reminds the wards that have not submitted to 令和7年度 and opens
 * 令和8年度, and 送信履歴 shows exactly the mails these wrote (sending is off in the demo: 送信しない設定). Opening a
 * round would change what the other E2E classes see, so this class runs the app on a database of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:renkei-mail-flow;DB_CLOSE_DELAY=-1")
class MailFlowE2E extends EndToEndTest {

    private static final String REMINDER_SUBJECT = "令和7年度 連携状況調査のご回答について";
    private static final String OPENING_SUBJECT = "令和8年度 連携状況調査への回答のお願い";
    private static final Pattern REMINDED = Pattern.compile("(\\d+)件の催促を送りました");

    @Test
    void remindingAndOpeningARoundWriteTheRightMailsAndTheirLinkOpensTheWardsForm() {
        signIn("admin");
        int reminded = remindTheWardsThatHaveNotSubmitted();
        open("admin/mail");
        assertThat(page.locator("#mail-sending-off")).isVisible();
        page.locator("#mail-kind").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("催促").setExact(true)).click();
        // one mail per ward and respondent reminded: each has one user, with an address or the ward's mailbox
        assertThat(page.locator("#mail-status-HELD")).containsText("送信しない設定（" + reminded + "）");
        search("chuo-kuyakusho@example.org");
        assertThat(page.locator("#mail-status-all")).containsText("すべて（0）"); // 中央区's ward office had submitted
        search("ward-kita@example.org");
        assertThat(page.locator("#mail-status-all")).containsText("すべて（1）"); // 北区's had not: its user's own address
        screenshot("mail-history-reminder");

        openRound2026();
        open("admin/mail"); // the filters start afresh
        search(OPENING_SUBJECT);
        assertThat(page.locator("#mail-status-all")).containsText("すべて（48）"); // 24 wards × 区役所, 支援室
        screenshot("mail-history-round-opened");
        page.context().clearCookies();
        signIn("ward-kita");
        open("responses/2026/271276/ward-office");
        assertThat(page.locator("body")).containsText("令和8年度");
    }

    /** 回答状況's 未提出の区に催促 for 令和7年度; how many reminders it says it sent. */
    private int remindTheWardsThatHaveNotSubmitted() {
        open("status");
        page.locator("#remind-missing").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("催促する").setExact(true)).click();
        Locator notice = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(REMINDED));
        assertThat(notice).isVisible();
        Matcher count = REMINDED.matcher(notice.textContent());
        org.assertj.core.api.Assertions.assertThat(count.find()).isTrue();
        int reminded = Integer.parseInt(count.group(1));
        org.assertj.core.api.Assertions.assertThat(reminded).isPositive().isLessThan(48);
        return reminded;
    }

    private void openRound2026() {
        open("admin/rounds");
        page.locator("#create-round").click();
        page.locator("#round-year input").fill("2026");
        page.locator("#round-comparison").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("なし")).click();
        page.locator("#create-round-ok").click();
        page.locator("#open-2026").click();
        page.locator("#open-round-ok").click();
        assertThat(page.locator("#open-round-ok")).hasCount(0);
        assertThat(page.locator("#close-2026")).isVisible();
    }

    private void search(String text) {
        page.locator("#mail-search input").fill(text);
        page.locator("#mail-search input").press("Enter");
        waitForVaadin();
    }
}
