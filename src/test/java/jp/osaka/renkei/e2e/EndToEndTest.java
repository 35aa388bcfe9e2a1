package jp.osaka.renkei.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.DemoDataTest;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the Playwright tests: the app on a random port with the demo data in memory (one Spring
 * context, shared by every E2E class), the machine's Chromium ({@link Chromium}), and helpers to sign in and take screenshots.
 * The demo data is shared too: each test class writes only to wards that no other test reads
 * ({@link jp.osaka.renkei.TestWards}).
 */
@ExtendWith(Chromium.Present.class)
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EndToEndTest {

    static final String PASSWORD = "demo";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Dev mode serves the very first page of a fresh app noticeably slower than the rest. */
    private static final double FIRST_PAGE_TIMEOUT_MS = 60_000;

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;

    @LocalServerPort
    private int port;
    private @Nullable BrowserContext context;
    /** A second browser of the test, with its own cookies and so its own session; closed after the test. */
    private @Nullable BrowserContext otherContext;
    Page page;
    /** What the browser blocked under the app's Content-Security-Policy during the test. */
    private final List<String> blockedByPolicy = new ArrayList<>();

    /** Keeps what the browser showed when a test failed, before the page is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = test -> {
        if (test.getExecutionException().isPresent() && context != null) {
            saveScreenshot("failed-" + getClass().getSimpleName() + "-" + test.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void launchChromium() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        // the machine's Chromium, never a browser of Playwright's own (also outside Maven, e.g. in an IDE)
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Chromium.require())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openBrowserContext() {
        // a fresh context per test: no cookies, so no session, from an earlier test
        context = requireBrowser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("ja-JP"));
        page = context.newPage();
        page.setDefaultNavigationTimeout(FIRST_PAGE_TIMEOUT_MS);
        blockedByPolicy.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blockedByPolicy.add(message.text());
            }
        });
    }

    /** The app works under its own CSP: anything the browser refused to load or run fails the test. */
    @AfterEach
    void nothingWasBlockedByTheContentSecurityPolicy() {
        org.assertj.core.api.Assertions.assertThat(blockedByPolicy).as("blocked by the CSP").isEmpty();
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
            context = null;
        }
        if (otherContext != null) {
            otherContext.close();
            otherContext = null;
        }
    }

    /** Signs in as another demo user in a second browser of its own (its own session) and opens a path. */
    Page signInElsewhere(String username, String path) {
        otherContext = requireBrowser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("ja-JP"));
        Page other = otherContext.newPage();
        other.setDefaultNavigationTimeout(FIRST_PAGE_TIMEOUT_MS);
        other.navigate(url("login"));
        other.locator("input[name='username']").fill(username);
        other.locator("input[name='password']").fill(PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true)).click();
        assertThat(other.locator("#user-name")).isVisible();
        other.navigate(url(path));
        return other;
    }

    /** Opens a path of the app, e.g. "status" or "responses/2025/271276/ward-office", as if typed. */
    void open(String path) {
        page.navigate(url(path));
    }

    /** The app's address of a path; on localhost unless a test needs another host name ({@link #host()}). */
    String url(String path) {
        return "http://" + host() + ":" + port + "/" + path;
    }

    String host() {
        return "localhost";
    }

    int port() {
        return port;
    }

    void openLoginPage() {
        open("login");
        assertThat(usernameField()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(FIRST_PAGE_TIMEOUT_MS));
    }

    /** Signs in as a demo user (password "demo") and waits for the main layout. */
    void signIn(String username) {
        openLoginPage();
        usernameField().fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン").setExact(true)).click();
        assertThat(page.locator("#user-name")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(FIRST_PAGE_TIMEOUT_MS));
    }

    /** The side navigation's entry with this label, e.g. 回答入力. */
    Locator sideNav(String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    /**
     * Saves what the browser window shows as target/screenshots/{name}.png, once Vaadin has no request
     * in flight. The window only: AppLayout scrolls its content, not the page.
     */
    void screenshot(String name) {
        waitForVaadin();
        saveScreenshot(name);
    }

    private void saveScreenshot(String name) {
        // Lumo fades the loading bar out for a moment after the last response: leave it out
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle(".v-loading-indicator { visibility: hidden !important; }"));
    }

    /** Waits until no Vaadin client on the page has a server round trip pending (as TestBench does). */
    void waitForVaadin() {
        page.waitForFunction("""
                () => !window.Vaadin?.Flow?.clients || Object.values(window.Vaadin.Flow.clients)
                        .every(client => typeof client.isActive !== 'function' || !client.isActive())""");
    }

    private Locator usernameField() {
        return page.locator("input[name='username']");
    }

    private static Browser requireBrowser() {
        if (browser == null) {
            throw new IllegalStateException("Chromium was not launched");
        }
        return browser;
    }
}
