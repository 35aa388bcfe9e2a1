package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import java.net.URI;
import java.util.List;

import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.load.WardUser;
import jp.osaka.renkei.survey.Level;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The load client does what a browser does: Chromium answers 都島区's ward-office response with given
 * choices and a comment, the load client answers 此花区's with the same, over Vaadin's protocol; the saved
 * levels, comments and statuses are the same. Writes only these two responses: the wards are this test's in
 * {@link TestWards}.
 */
class LoadClientMatchesBrowserE2E extends EndToEndTest {

    private static final List<Level> CHOICES = List.of(Level.WELL, Level.VERY_WELL, Level.NOT_WELL,
            Level.NO_ORGANISATION, Level.NOT_AT_ALL, Level.WELL, Level.VERY_WELL, Level.NOT_WELL, Level.WELL,
            Level.NO_ORGANISATION, Level.VERY_WELL, Level.NOT_AT_ALL);
    private static final String COMMENT = "負荷試験と同じ所感";
    private static final String[] LABELS = { "とても連携できている", "連携できている", "連携できていない",
        "全く連携できていない", "区内に団体がない" };

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theLoadClientSavesWhatChromiumSavesForTheSameClicks() {
        signIn(TestWards.MIYAKOJIMA_OFFICE);
        sideNav("回答入力").click();
        assertThat(page.locator(".view-title")).containsText("都島区");
        for (int item = 1; item <= CHOICES.size(); item++) {
            Locator level = page.locator("#item-" + item).getByRole(AriaRole.RADIO,
                    new Locator.GetByRoleOptions().setName(LABELS[CHOICES.get(item - 1).ordinal()]).setExact(true));
            level.click();
            assertThat(level).isChecked();
        }
        page.locator("#comment-1 input").fill(COMMENT);
        page.locator("#save-draft").click();
        assertThat(page.locator("#answer-status-text")).containsText("最終保存");
        page.locator("#submit").click();
        page.locator("#submit-confirm").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("提出する").setExact(true)).click();
        assertThat(page.locator("#answer-status-text")).containsText("提出済み");

        new WardUser(TestWards.KONOHANA_OFFICE, TestWards.KONOHANA.id(), true, CHOICES, COMMENT)
                .answerOnce(URI.create("http://localhost:" + port + "/"), PASSWORD);

        List<String> browser = saved(TestWards.MIYAKOJIMA.slug());
        Assertions.assertThat(browser).hasSize(12);
        Assertions.assertThat(browser.getFirst()).isEqualTo("SUBMITTED 1 WELL " + COMMENT);
        Assertions.assertThat(saved(TestWards.KONOHANA.slug())).isEqualTo(browser);
    }

    /** The ward office's response of the open round 2025, one line per item: status, item, level, comment. */
    private List<String> saved(String slug) {
        return jdbc.queryForList("""
                select concat(r.status, ' ', i.item_no, ' ', a.level, coalesce(concat(' ', a.comment), ''))
                from survey_response r join survey_round o on o.id = r.round_id join ward w on w.id = r.ward_id
                join rating a on a.response_id = r.id join instrument_item i on i.id = a.item_id
                where o.fiscal_year = 2025 and w.slug = ? and r.respondent_type = 'WARD_OFFICE'
                order by i.item_no""", String.class, slug);
    }
}
