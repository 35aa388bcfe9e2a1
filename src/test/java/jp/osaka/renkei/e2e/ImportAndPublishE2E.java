package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The bureau brings a past survey in: creates its round, imports the answers from a file, opens,
 * closes and publishes it, and sees the imported responses counted in the round's summary and in 集計結果.
 * Uses 平成28年度 (2016), a year the demo data does not have.
 */
class ImportAndPublishE2E extends EndToEndTest {

    @Test
    void anAdministratorImportsAPastSurveyPublishesItAndSeesItsCounts() {
        signIn("admin");
        open("admin/rounds");
        page.locator("#create-round").click();
        page.locator("#round-year input").fill("2016");
        page.locator("#round-comparison").click();
        page.getByRole(AriaRole.OPTION, new com.microsoft.playwright.Page.GetByRoleOptions().setName("なし")).click();
        page.locator("#create-round-ok").click();
        Locator round2016 = page.locator("#rounds-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("平成28年度 (2016)"));
        assertThat(round2016).hasCount(1);

        open("admin/import");
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("h28.csv", "text/csv",
                answers().getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#import-result")).containsText("新規 2 件、置き換え 0 件、変更なし 0 件");
        screenshot("import-preview");
        page.locator("#import-commit").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("取り込みました（新規 2 件");

        open("admin/rounds");
        Locator grid = page.locator("#rounds-grid");
        page.locator("#open-2016").click();
        page.locator("#open-round-ok").click();
        // each step waits until the grid shows the new state, so no click lands on a row being redrawn
        assertThat(page.locator("#open-round-ok")).hasCount(0);
        assertThat(page.locator("#close-2016")).isVisible();
        page.locator("#close-2016").click();
        assertThat(page.locator("#round-missing-summary")).hasText("未提出　区役所 23区 / 相談支援室 23区（全24区中）");
        decideDespiteMissingWards("未提出のまま締め切る");
        assertThat(page.locator("#publish-2016")).isVisible();
        page.locator("#publish-2016").click();
        decideDespiteMissingWards("未提出のまま公表する");

        assertThat(grid).containsText("区役所 1区 / 相談支援室 1区");
        assertThat(page.locator("#publish-2016")).hasCount(0);
        screenshot("rounds-admin");

        // 集計結果: one ward answered, as imported; the other 23 are 未回答 (the last column)
        open("results?round=2016&type=ward-office&tables=1");
        assertThat(levelCounts("MEDICAL_ASSOCIATION")).hasText(new String[] {"0", "1", "0", "0", "0", "23"});
        assertThat(levelCounts("PHYSIOTHERAPIST_ASSOCIATION")).hasText(new String[] {"0", "0", "0", "0", "1", "23"});
        open("results?round=2016&type=support-room&tables=1");
        assertThat(levelCounts("MEDICAL_ASSOCIATION")).hasText(new String[] {"0", "1", "0", "0", "0", "23"});
    }

    /** The count cells of an item's first row in 集計結果 (the round shown), level by level, then 未回答. */
    private Locator levelCounts(String partnerCode) {
        return page.locator("#item-" + partnerCode + " .level-table tbody tr").first().locator("td");
    }

    /** Confirms the round's transition in its dialog, and waits for the dialog to go. */
    /** 23 wards have not answered: the confirm button names that, and goes ahead once the box is ticked. */
    private void decideDespiteMissingWards(String okText) {
        Locator ok = page.locator("#round-confirm-ok");
        assertThat(ok).hasText(okText);
        page.locator("#round-confirm-missing").click();
        ok.click();
        assertThat(ok).hasCount(0);
    }

    /** 北区's two responses of 平成28年度, as a ward might have sent them in a spreadsheet. */
    private static String answers() {
        StringBuilder csv = new StringBuilder("年度,区,回答主体,項目,連携度,コメント\n");
        for (String respondent : new String[] {"区役所", "相談支援室"}) {
            for (int item = 1; item <= 12; item++) {
                csv.append("平成28年度,北区,").append(respondent).append(',').append(item).append(',')
                        .append(item == 11 ? "区内に団体がない" : "連携できている").append(",\n");
            }
        }
        return csv.toString();
    }
}
