package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.util.List;

import jp.osaka.renkei.TestWards;

import org.junit.jupiter.api.Test;

/**
 * JIS X 8341-3:2016 / WCAG 2.0 AA (docs/accessibility.md) in Chromium: the skip link and the landmarks, Enter on 取組み's
 * rows, the focus around 提出, the edges of fields and radio buttons, and 取組み, 回答入力 and 集計結果 at 1024 px,
 * at 200 % zoom (640 × 384: 1280 × 768 zoomed) and on a phone (390 px). Writes only 住之江区's ward-office
 * response (a draft of seven items in the demo), which no other test reads, and reads 住吉区's draft.
 */
class KeyboardAndZoomE2E extends EndToEndTest {

    /** The page, a text field's edge and a radio button's edge, in WCAG contrast against the page (JavaScript). */
    private static final String EDGE_CONTRAST = """
            ([fieldSelector, radioSelector]) => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 1;
              const g = canvas.getContext('2d', {willReadFrequently: true});
              const over = (colours) => {
                g.clearRect(0, 0, 1, 1);
                for (const c of colours) { g.fillStyle = c; g.fillRect(0, 0, 1, 1); }
                return [...g.getImageData(0, 0, 1, 1).data].slice(0, 3);
              };
              const luminance = (rgb) => {
                const [r, gr, b] = rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                return 0.2126 * r + 0.7152 * gr + 0.0722 * b;
              };
              const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const inset = (style) => { const m = style.boxShadow.match(/(rgba?\\([^)]*\\)|#[0-9a-f]+)[^,]*inset/i)
                  || style.boxShadow.match(/inset[^,]*?(rgba?\\([^)]*\\))/i);
                const width = style.boxShadow.match(/0px 0px 0px (\\d+(\\.\\d+)?)px/);
                return m && width && parseFloat(width[1]) >= 1 ? m[1] : 'transparent'; };
              const edge = (part, page) => {
                const style = getComputedStyle(part);
                const fill = over(['#fff', page, style.backgroundColor]);
                const border = over(['#fff', page, style.backgroundColor, inset(style), style.borderTopColor]);
                const pageRgb = over(['#fff', page]);
                return Math.max(ratio(fill, pageRgb), ratio(border, pageRgb));
              };
              const field = document.querySelector(fieldSelector);
              const radio = document.querySelector(radioSelector);
              const pageOf = (el) => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                  if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c; } return '#fff'; };
              return [edge(field.shadowRoot.querySelector('[part="input-field"]'), pageOf(field)),
                      edge(radio.shadowRoot.querySelector('[part="radio"]'), pageOf(radio))];
            }""";

    @Test
    void skipLinkLandmarksEdgesAndTheFocusAroundSubmitting() {
        signIn(TestWards.SUMINOE_OFFICE);
        open("answer");
        assertThat(page.locator("#item-1")).isVisible();

        // 本文へ移動 is the first tab stop and moves the focus into main; the next Tab is item 1's first level
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).hasText("本文へ移動");
        assertThat(page.locator("#skip-link")).isInViewport();
        screenshot("keys-skip-link");
        page.keyboard().press("Enter");
        assertThat(page.locator("main#main-content")).isFocused();
        assertThat(page).hasURL(url("answer"));
        page.keyboard().press("Tab");
        assertThat(page.locator("#item-1 input[type='radio']:focus")).hasCount(1);

        assertThat(page.getByRole(AriaRole.MAIN)).hasCount(1);
        assertThat(page.getByRole(AriaRole.BANNER)).hasCount(1);
        assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(1);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー")))
                .hasCount(1);

        @SuppressWarnings("unchecked")
        List<Number> edges = (List<Number>) page.evaluate(EDGE_CONTRAST,
                List.of("#comment-1", "#item-12 vaadin-radio-button"));
        assertThat(edges.get(0).doubleValue()).as("text field's edge against the page").isGreaterThanOrEqualTo(3.0);
        assertThat(edges.get(1).doubleValue()).as("radio button's edge against the page").isGreaterThanOrEqualTo(3.0);

        // 提出 with items missing: after 閉じる the focus is on the first missing item's first level
        page.locator("#submit").focus();
        page.keyboard().press("Enter");
        Locator incomplete = page.locator("#incomplete-dialog");
        assertThat(incomplete).containsText("未回答の項目があります");
        assertThat(incomplete.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("閉じる").setExact(true)))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#unanswered-items")).hasCount(0);
        Locator firstMissing = page.locator(".item-row.unanswered").first();
        assertThat(firstMissing.locator("input[type='radio']").first()).isFocused();
        String missingId = firstMissing.locator("vaadin-radio-group").getAttribute("id");
        assertThat(missingId).isEqualTo("item-8");

        for (int item = 8; item <= 12; item++) {
            page.locator("#item-" + item).getByRole(AriaRole.RADIO,
                    new Locator.GetByRoleOptions().setName("連携できている").setExact(true)).click();
        }
        // the confirm dialog starts on キャンセル: Enter there submits nothing
        page.locator("#submit").focus();
        page.keyboard().press("Enter");
        Locator confirm = page.locator("#submit-confirm");
        assertThat(confirm).containsText("提出すると、回答は変更できなくなります");
        Locator cancel = confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("キャンセル").setExact(true));
        assertThat(cancel).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#submit-confirm[opened]")).hasCount(0);
        assertThat(page.locator("#submit")).isVisible();
        assertThat(page.locator("#answer-status-text")).not().containsText("提出済み");

        // submitted: the focus is on the status that says so, not lost on the page
        page.locator("#submit").click();
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提出する").setExact(true)).click();
        assertThat(page.locator("#answer-status-text")).containsText("提出済み");
        assertThat(page.locator("#answer-status")).isFocused();
    }

    @Test
    void actionsOpenWithEnterAndKeepTheirTitlesAndRowsAtEveryWidth() {
        page.setViewportSize(1024, 768);
        signIn("admin");
        open("actions");
        Locator grid = page.locator("#actions-grid");
        assertThat(grid).isVisible();
        waitForVaadin();
        double em = fontSize("#actions-grid");
        assertThat(titleWidth()).as("title column at 1024 px").isGreaterThanOrEqualTo(12 * em);
        screenshot("keys-actions-1024");

        // 200 %: the list still shows several rows once scrolled to
        page.setViewportSize(640, 384);
        waitForVaadin();
        assertThat(rowsShown()).as("rows of 取組み shown at 200 %").isGreaterThanOrEqualTo(4);
        screenshot("keys-actions-200");

        page.setViewportSize(1024, 768);
        waitForVaadin();
        grid.evaluate("g => g.shadowRoot.querySelector('#items tr td').focus()");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/actions/\\d+$"));
    }

    @Test
    void answerAndResultsFitAt200PercentAndOnAPhone() {
        page.setViewportSize(640, 384);
        signIn("ward-sumiyoshi");
        open("answer");
        assertThat(page.locator("#item-1")).isVisible();
        waitForVaadin();
        double navbar = height("vaadin-app-layout", "navbar");
        // what the button bar covers of the form at the top of the page (a sticky bar covers its height)
        double actions = ((Number) page.locator(".answer-actions").evaluate("a => { const r = a.getBoundingClientRect();"
                + " return Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0)); }")).doubleValue();
        assertThat((navbar + actions) / 384).as("share of the height taken by the banner and the buttons at 200 %")
                .isLessThanOrEqualTo(0.25);
        screenshot("keys-answer-200");

        page.setViewportSize(390, 844);
        open("results?round=2021&compare=2017&type=ward-office");
        assertThat(page.locator("#results-round")).isVisible();
        waitForVaadin();
        double overflow = ((Number) page.evaluate("() => { const t = document.querySelector('.view-toolbar');"
                + " const r = t.getBoundingClientRect(); return Math.max(r.right, t.scrollWidth + r.left,"
                + " ...[...t.querySelectorAll('*')].map(e => e.getBoundingClientRect().right)) - window.innerWidth; }"))
                .doubleValue();
        assertThat(overflow).as("集計結果's toolbar beyond a 390 px screen").isLessThanOrEqualTo(0);
        screenshot("keys-results-390");
    }

    private double fontSize(String selector) {
        return ((Number) page.locator(selector).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
    }

    /** The width of the first column's cells: the title's. */
    private double titleWidth() {
        return ((Number) page.locator("#actions-grid").evaluate(
                "g => g.shadowRoot.querySelector('#items tr td').getBoundingClientRect().width")).doubleValue();
    }

    /** How many rows of 取組み's list fit in the grid's body (scrolled into view first). */
    private double rowsShown() {
        page.locator("#actions-grid").scrollIntoViewIfNeeded();
        return ((Number) page.locator("#actions-grid").evaluate("g => { const row = g.shadowRoot.querySelector('#items tr');"
                + " const body = g.shadowRoot.querySelector('#table').getBoundingClientRect();"
                + " const header = g.shadowRoot.querySelector('#header').getBoundingClientRect();"
                + " return (Math.min(body.bottom, window.innerHeight) - header.bottom) / row.getBoundingClientRect().height; }"))
                .doubleValue();
    }

    private double height(String selector, String part) {
        return ((Number) page.locator(selector).evaluate("(e, part) => e.shadowRoot.querySelector('[part~=\"' + part + '\"]')"
                + ".getBoundingClientRect().height", part)).doubleValue();
    }
}
