package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import jp.osaka.renkei.TestWards;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people of 城東区, in two browsers (two sessions), change the ward's action at the same time: the
 * support room saves first; the ward office's later save is refused with the reload dialog, and
 * reloading shows what the support room saved. Writes only 城東区's demo action, which no other E2E reads.
 */
class ConcurrentEditE2E extends EndToEndTest {

    private static final String TITLE = "区役所担当者とコーディネーターの定例打合せ";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLaterSaveOfTheSameActionGetsTheReloadDialogAndChangesNothing() {
        String path = "actions/" + jdbc.queryForObject("select id from action where title = ?", Long.class, TITLE);
        signIn(TestWards.JOTO_OFFICE);
        open(path);
        page.locator("#edit-action").click();
        page.locator("#action-title input").fill("区役所が変えた題名");

        Page room = signInElsewhere(TestWards.JOTO_ROOM, path);
        room.locator("#edit-action").click();
        room.locator("#action-description textarea").fill("支援室が書いた説明");
        room.locator("#action-save").click();
        assertThat(room.locator("#action-description-text")).hasText("支援室が書いた説明");

        page.locator("#action-save").click();
        assertThat(page.getByText("ほかの方が先に保存しました")).isVisible();
        assertThat(page.getByText("あなたの変更は保存されていません")).isVisible();
        screenshot("stale-dialog");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("最新の内容を読み込む")).click();

        assertThat(page.locator("#action-description-text")).hasText("支援室が書いた説明");
        assertThat(page.locator(".view-title")).hasText(TITLE);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select title from action where title = ?",
                String.class, TITLE)).isEqualTo(TITLE);
    }
}
