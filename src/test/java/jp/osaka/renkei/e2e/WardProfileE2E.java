package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * 区のプロフィール in a real browser: the bureau reaches a ward's profile from 区別の回答, a ward user from
 * ホーム, and a ward user who types another ward's address is refused. Reads only.
 */
class WardProfileE2E extends EndToEndTest {

    @Test
    void theBureauOpensAWardsProfileFromTheWardByItemView() {
        signIn("admin");
        open("results/wards?round=2021&type=ward-office");
        page.locator("#ward-levels-grid a", new Page.LocatorOptions().setHasText("天王寺区"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/wards/271098$"));
        assertThat(page.locator("h1.view-title")).hasText("天王寺区のプロフィール");
        Locator office = page.locator("#levels-grid-ward-office");
        assertThat(office).containsText("令和3年度 (2021)");
        assertThat(office).containsText("平成29年度 (2017)");
        assertThat(office).containsText("理学療法士会");
        assertThat(page.locator("#pairs-grid")).containsText("令和3年度 (2021)");
        assertThat(page.locator("#actions-grid")).containsText("社会福祉協議会との事例検討会");
        assertThat(page.locator(".profile-comment-text").first()).isVisible();
        screenshot("ward-profile");
        page.locator("#profile-pairs").scrollIntoViewIfNeeded();
        page.locator("#profile-pairs").evaluate("section => section.scrollIntoView({block: 'start'})");
        screenshot("ward-profile-sections");
    }

    @Test
    void aWardUserOpensTheirOwnProfileFromHomeAndIsRefusedAnotherWards() {
        signIn("room-tennoji");
        page.locator("#open-ward-profile").click();

        assertThat(page).hasURL(Pattern.compile(".*/wards/271098$"));
        assertThat(page.locator("h1.view-title")).hasText("天王寺区のプロフィール");
        assertThat(page.locator("#levels-grid-support-room")).containsText("令和3年度 (2021)");
        assertThat(page.locator("#levels-grid-support-room")).not().containsText("令和7年度");

        open("wards/271276");
        assertThat(page.locator("#error-title")).hasText("このページを表示する権限がありません");
    }
}
