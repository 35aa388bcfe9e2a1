package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The bureau closes and publishes 令和7年度 while wards have not answered: both steps first
 * name the missing wards per respondent type and wait for an explicit decision. Closing and publishing
 * the demo's open round would change what the other E2E classes answer in, so this class runs the app
 * on a database of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:renkei-publish-incomplete;DB_CLOSE_DELAY=-1")
class PublishIncompleteRoundE2E extends EndToEndTest {

    /** What every fourth ward of the demo writes beside item 7 (ブランチ). */
    private static final String BRANCH_COMMENT = "ブランチとの情報共有の場がまだ少ない。";

    @Test
    void theBureauClosesAndPublishesARoundWithMissingWardsOnlyAfterSeeingThem() {
        signIn("admin");
        open("admin/rounds");
        page.locator("#close-2025").click();
        assertMissingWardsNamed();
        Locator ok = page.locator("#round-confirm-ok");
        assertThat(ok).isDisabled();
        assertThat(ok).hasText("未提出のまま締め切る");
        page.locator("#round-confirm-missing").click();
        ok.click();
        assertThat(ok).hasCount(0);

        page.locator("#publish-2025").click();
        assertMissingWardsNamed();
        assertThat(ok).isDisabled();
        page.locator("#round-confirm-missing").click();
        assertThat(ok).hasText("未提出のまま公表する");
        ok.click();
        assertThat(ok).hasCount(0);
        assertThat(page.locator("#publish-2025")).hasCount(0);

        theBureauSeesWhoAnsweredAndChangesOverTheWardsThatAnsweredBoth();
        aWardSeesItsOwnCommentsAndItsProfile();
    }

    /** 集計結果 names n per round and the base of 増減; the KPIs measured on the incomplete round are 参考値. */
    private void theBureauSeesWhoAnsweredAndChangesOverTheWardsThatAnsweredBoth() {
        open("results?round=2025&type=ward-office");
        assertThat(page.locator("#results-respondents")).containsText("令和7年度 (2025)：回答 14 / 24区");
        assertThat(page.locator("#results-respondents")).containsText("回答 24 / 24区");
        assertThat(page.locator("#results-change-basis")).containsText("増減は両年度とも回答した 14 区で比較しています");
        screenshot("results-incomplete-round");

        open("goals");
        Locator provisional = page.locator(".kpi-provisional");
        assertThat(provisional.first()).containsText("参考値");
        screenshot("goals-provisional");
    }

    /**
     * 中央区 submitted: its users read the published round with n, their own ward's comment on item 7 (once: the
     * other wards that wrote the same words are not shown to it) and open
     * their ward's profile from ホーム.
     */
    private void aWardSeesItsOwnCommentsAndItsProfile() {
        page.context().clearCookies();
        signIn("ward-chuo");
        page.locator("#open-ward-profile").click();
        assertThat(page).hasURL(Pattern.compile(".*/wards/271284$"));
        assertThat(page.locator("body")).containsText("令和7年度");
        assertThat(page.getByText(BRANCH_COMMENT).first()).isVisible();

        open("results?round=2025&type=ward-office");
        assertThat(page.locator("#results-respondents")).containsText("回答 14 / 24区");
        Locator comments = page.locator("#item-BRANCH_CONSULTATION .comment-text");
        assertThat(comments).hasCount(1);
        assertThat(comments).hasText(BRANCH_COMMENT);
        comments.scrollIntoViewIfNeeded();
        screenshot("results-ward-comments");
    }

    /** The demo's 令和7年度: 北区 has not started, 阿倍野区 has a draft, 中央区 has submitted. */
    private void assertMissingWardsNamed() {
        assertThat(page.locator("#round-missing-summary")).hasText("未提出　区役所 10区 / 相談支援室 14区（全24区中）");
        Locator wardOffices = page.locator("#round-missing-ward-office");
        assertThat(wardOffices).containsText("北区（未回答）");
        assertThat(wardOffices).containsText("阿倍野区（下書き）");
        assertThat(wardOffices).containsText("西成区（未回答）");
        assertThat(wardOffices).not().containsText("中央区");
    }
}
