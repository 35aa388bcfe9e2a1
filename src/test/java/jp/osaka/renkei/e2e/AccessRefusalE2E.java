package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What a typed URL shows: a ward user is refused another ward's response and the administrators'
 * screens on the app's own Japanese pages inside the layout; an administrator sees every ward.
 * Reads only; writes nothing.
 */
class AccessRefusalE2E extends EndToEndTest {

    /** 北区's ward-office response of the open round 2025, not 平野区's. */
    private static final String KITA_RESPONSE = "responses/2025/271276/ward-office";
    /** 天王寺区's ward-office response, submitted in the demo data. */
    private static final String TENNOJI_RESPONSE = "responses/2025/271098/ward-office";
    /** 回答状況's columns: 区, 区役所's status, its 開く, 相談支援室's status, its 開く. */
    private static final int WARD_OFFICE_OPEN_COLUMN = 2;

    @Test
    void wardUserCannotOpenAnotherWardsResponseAndIsOfferedTheWayHome() {
        signIn("ward-hirano");
        open(KITA_RESPONSE);

        assertThat(page.locator("#error-title")).hasText("このページを表示する権限がありません");
        assertThat(page.locator("#user-name")).isVisible();
        assertThat(page.locator(".answer-form")).hasCount(0);
        assertThat(page.locator("#item-1")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("北区");
        screenshot("access-denied");

        page.locator("#back-home").click();
        assertThat(page.locator("#own-ward")).containsText("平野区");
        assertThat(page.locator("#error-title")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("^https?://[^/]+/$"));
    }

    @Test
    void wardUserWhoTypesTheAdministratorsStatusUrlSeesTheAppsOwnErrorPage() {
        signIn("ward-hirano");
        open("status");

        // Vaadin reports a view the role may not open as not found, so as not to reveal that it exists
        assertThat(page.locator("#error-title")).hasText("ページが見つかりません");
        assertThat(page.locator(".error-page")).containsText("このアカウントでは開けません");
        assertThat(page.locator("#user-name")).isVisible();
        assertThat(page.locator("#back-home")).isVisible();
        assertThat(page.locator("#status-grid")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        assertThat(sideNav("回答状況")).hasCount(0);
        screenshot("status-refused");
    }

    @Test
    void unknownUrlShowsPageNotFoundInsideTheLayout() {
        signIn("ward-hirano");
        open("no-such-page");

        assertThat(page.locator("#error-title")).hasText("ページが見つかりません");
        assertThat(page.locator("#user-name")).isVisible();
        assertThat(page.locator("body")).not().containsText("Could not navigate");
        screenshot("not-found");
    }

    @Test
    void administratorSeesEveryWardsStatusAndOpensAResponseReadOnly() {
        signIn("admin");
        sideNav("回答状況").click();

        Locator grid = page.locator("#status-grid");
        assertThat(grid).containsText("北区");
        assertThat(grid).containsText("天王寺区");
        // no test writes a support room's response: its counts are the demo data's
        assertThat(page.locator(".status-summary"))
                .containsText("相談支援室: 提出済 10区 / 下書き 4区 / 未回答 10区");
        screenshot("status");

        gridCell(grid, "天王寺区", WARD_OFFICE_OPEN_COLUMN)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("開く")).click();
        assertThat(page.locator(".view-title")).hasText("令和7年度 (2025) 天王寺区（区役所）");
        assertThat(page).hasURL(Pattern.compile(".*/" + TENNOJI_RESPONSE + "$"));
        assertThat(page.locator("#answer-status-text")).containsText("提出済み");
        Locator item1 = page.locator("#item-1");
        assertThat(item1).hasAttribute("readonly", "");
        assertThat(item1.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(true))).hasCount(1);
        assertThat(item1.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setChecked(false)).first())
                .isDisabled();
        assertThat(page.locator("#submit")).hasCount(0);
        assertThat(page.locator("#save-draft")).hasCount(0);
        screenshot("response-admin");
    }

    /**
     * The content of one cell of a vaadin-grid. Its rows live in the grid's shadow DOM while the cells'
     * content is slotted in from the light DOM, so a locator cannot reach a row's button directly.
     */
    private static Locator gridCell(Locator grid, String rowName, int column) {
        String slot = grid.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(rowName))
                .getByRole(AriaRole.GRIDCELL).nth(column).locator("slot").getAttribute("name");
        return grid.locator("vaadin-grid-cell-content[slot='" + slot + "']");
    }
}
