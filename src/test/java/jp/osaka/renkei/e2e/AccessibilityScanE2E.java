package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.security.RouteAccessTable;
import jp.osaka.renkei.base.security.RouteAccessTable.Who;

import org.junit.jupiter.api.Test;

/**
 * axe-core (Deque's Java binding) over every route each role may open — the samples of
 * {@link RouteAccessTable}, so a new route is scanned as soon as it has its row — plus the login page, the 404
 * page and the main dialogs, for WCAG 2.0/2.1 A and AA (JIS X 8341-3:2016 is WCAG 2.0). Any serious or critical
 * violation fails, listed as route, rule, impact and target. One browser context per role; nothing is saved.
 */
class AccessibilityScanE2E extends EndToEndTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final List<String> violations = new ArrayList<>();

    @Test
    void theLoginPageHasNoSeriousViolations() {
        openLoginPage();
        scan("login");
        assertNoSeriousViolations();
    }

    @Test
    void everyRouteOfTheWardOfficeAndItsAnswerDialogsHaveNoSeriousViolations() {
        scanRoutesOf(Who.WARD_OFFICE);
        scanActionDialog();
        scanAnswerDialogs();
        assertNoSeriousViolations();
    }

    @Test
    void everyRouteOfTheSupportRoomHasNoSeriousViolations() {
        scanRoutesOf(Who.SUPPORT_ROOM);
        assertNoSeriousViolations();
    }

    @Test
    void everyRouteOfTheCityAdministratorTheNotFoundPageAndTheUserDialogHaveNoSeriousViolations() {
        scanRoutesOf(Who.CITY_ADMIN);
        open("no-such-page");
        assertThat(page.locator("h1#error-title")).hasText("ページが見つかりません");
        scan("no-such-page (404)");
        open("admin/users");
        page.locator("#create-user").click();
        // a dialog's host has no box of its own: wait for a field in it
        assertThat(page.locator("#user-username")).isVisible();
        scan("admin/users: user dialog");
        assertNoSeriousViolations();
    }

    @Test
    void everyRouteOfTheViewerHasNoSeriousViolations() {
        scanRoutesOf(Who.VIEWER);
        assertNoSeriousViolations();
    }

    private void scanRoutesOf(Who who) {
        signIn(who.demoUser);
        for (RouteAccessTable.Row row : RouteAccessTable.ROWS) {
            if (row.allowed().contains(who) && !row.route().equals("login")) {
                navigateInApp(row.sample());
                assertThat(page.locator("#user-name")).isVisible();
                scan(row.sample());
            }
        }
    }

    /**
     * Opens a route in the running app as its links do (Vaadin's router, no page load): a full page load per route,
     * in dev mode, made the scan take minutes.
     */
    private void navigateInApp(String path) {
        page.evaluate("path => window.dispatchEvent(new CustomEvent('vaadin-navigate',"
                + " {detail: {url: path, state: null, replace: false, callback: true}}))", "/" + path);
        page.waitForURL(url(path));
        waitForVaadin();
    }

    /** 取組み's create dialog (the edit dialog is the same form). */
    private void scanActionDialog() {
        open("actions");
        page.locator("#create-action").click();
        // a dialog's host has no box of its own: wait for a field in it
        assertThat(page.locator("#action-title")).isVisible();
        scan("actions: action dialog");
        page.keyboard().press("Escape");
        assertThat(page.locator("#action-title")).isHidden();
    }

    /** 回答入力's two dialogs before 提出: the unanswered items, then the confirmation, cancelled. */
    private void scanAnswerDialogs() {
        open("answer");
        page.locator("#submit").click();
        Locator incomplete = page.locator("#incomplete-dialog").getByRole(AriaRole.BUTTON).first();
        assertThat(incomplete).isVisible();
        scan("answer: unanswered items dialog");
        incomplete.click();
        assertThat(incomplete).isHidden();
        for (int item = 1; item <= 12; item++) {
            page.locator("#item-" + item).getByRole(AriaRole.RADIO).first().click();
        }
        page.locator("#submit").click();
        Locator cancel = page.locator("#submit-confirm").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("キャンセル").setExact(true));
        assertThat(cancel).isVisible();
        scan("answer: submit confirmation");
        cancel.click();
        assertThat(cancel).isHidden();
    }

    private void scan(String where) {
        waitForVaadin();
        // a dialog fading in is half transparent: its colours, blended with the page, are not the ones it shows
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        for (Rule rule : results.getViolations()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    violations.add(where + " | " + rule.getId() + " (" + rule.getImpact() + ") | " + node.getTarget()
                            + " | " + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
                }
            }
        }
    }

    private void assertNoSeriousViolations() {
        org.assertj.core.api.Assertions.assertThat(violations)
                .as("serious or critical axe violations (route | rule | target | what to fix)").isEmpty();
    }
}
