package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The bureau closes and publishes 令和7年度 while wards have not answered (issue 13): both steps first
 * name the missing wards per respondent type and wait for an explicit decision. Closing and publishing
 * the demo's open round would change what the other E2E classes answer in, so this class runs the app
 * on a database of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:renkei-publish-incomplete;DB_CLOSE_DELAY=-1")
class PublishIncompleteRoundE2E extends EndToEndTest {

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
