package jp.osaka.renkei.load;

import com.google.gson.JsonObject;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page weight (docs/performance.md, "Page weight"): what Chromium fetches for a chart screen of a running
 * app, cold (a new browser context: empty cache) and warm (a new tab in the same context). For each user and
 * screen it prints the bytes transferred (Chromium's encodedDataLength: body as sent, with the response headers),
 * the requests, those answered from the browser's cache, and the time from the navigation to the visible main
 * heading. Figures only: nothing fails when a page is heavy. Arguments: {@code --base=http://localhost:8080},
 * {@code --users=admin,ward-kita}, {@code --password=demo}, {@code --paths=results,results/report,goals},
 * {@code --chromium=/usr/bin/chromium} (or CHROMIUM), {@code --details} (every request of every visit).
 */
public final class PageWeight {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** One visit's figures. */
    record Visit(String user, String path, String kind, long bytes, int requests, int fromCache, long headingMs,
            List<String> details) {
    }

    private PageWeight() {
    }

    public static void main(String[] args) {
        Map<String, String> settings = settings(args);
        String base = settings.getOrDefault("base", "http://localhost:8080");
        List<String> users = List.of(settings.getOrDefault("users", "admin,ward-kita").split(","));
        List<String> paths = List.of(settings.getOrDefault("paths", "results,results/report,goals").split(","));
        String password = settings.getOrDefault("password", "demo");
        String chromium = settings.getOrDefault("chromium",
                System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        boolean details = settings.containsKey("details");
        List<Visit> visits = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(java.nio.file.Path.of(chromium)).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync")))) {
            for (String user : users) {
                for (String path : paths) {
                    // a new context for every screen: each cold visit starts from an empty cache
                    try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                            .setBaseURL(base).setViewportSize(1280, 900).setLocale("ja-JP"))) {
                        signIn(context.request(), user, password);
                        visits.add(visit(context, user, path, "cold"));
                        visits.add(visit(context, user, path, "warm"));
                    }
                }
            }
        }
        System.out.println("user,path,visit,kb_transferred,requests,from_cache,heading_ms");
        for (Visit v : visits) {
            System.out.printf(Locale.ROOT, "%s,%s,%s,%.1f,%d,%d,%d%n", v.user(), v.path(), v.kind(),
                    v.bytes() / 1024.0, v.requests(), v.fromCache(), v.headingMs());
        }
        if (details) {
            for (Visit v : visits) {
                System.out.println("# " + v.user() + " " + v.path() + " " + v.kind());
                v.details().forEach(line -> System.out.println("  " + line));
            }
        }
    }

    /** Signs in with the login form's POST through the context's cookies, without loading the login page. */
    private static void signIn(APIRequestContext request, String user, String password) {
        APIResponse page = request.get("/login");
        Matcher token = CSRF_META.matcher(page.text());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /login: HTTP " + page.status());
        }
        APIResponse response = request.post("/login", RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("_csrf", token.group(1)).set("username", user)
                        .set("password", password)));
        String location = response.headers().getOrDefault("location", "");
        if (response.status() != 302 || location.contains("login")) {
            throw new IllegalStateException("sign-in of " + user + " failed: HTTP " + response.status() + " " + location);
        }
    }

    /** Opens the path in a new tab of the context and counts what went over the network until it is quiet. */
    private static Visit visit(BrowserContext context, String user, String path, String kind) {
        Page page = context.newPage();
        CDPSession cdp = context.newCDPSession(page);
        Map<String, String> urls = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        Map<String, Long> lengths = new ConcurrentHashMap<>();
        Map<String, Boolean> cached = new ConcurrentHashMap<>();
        Map<String, String> encodings = new ConcurrentHashMap<>();
        Map<String, String> caching = new ConcurrentHashMap<>();
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        cdp.on("Network.requestWillBeSent", event -> {
            String url = event.getAsJsonObject("request").get("url").getAsString();
            if (!url.startsWith("data:")) { // inline data (Lumo's icon font) never goes over the network
                urls.put(id(event), url);
            }
        });
        // the status on the wire: a revalidated response (304) is reported as the cached 200 by responseReceived
        cdp.on("Network.responseReceivedExtraInfo", event -> statuses.put(id(event), event.get("statusCode").getAsInt()));
        cdp.on("Network.requestServedFromCache", event -> cached.put(id(event), true));
        cdp.on("Network.responseReceived", event -> {
            JsonObject response = event.getAsJsonObject("response");
            statuses.putIfAbsent(id(event), response.get("status").getAsInt());
            if (response.has("fromDiskCache") && response.get("fromDiskCache").getAsBoolean()
                    || response.has("fromMemoryCache") && response.get("fromMemoryCache").getAsBoolean()) {
                cached.put(id(event), true);
            }
            JsonObject headers = response.getAsJsonObject("headers");
            headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("content-encoding"))
                    .findFirst().ifPresent(h -> encodings.put(id(event), h.getValue().getAsString()));
            headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("cache-control"))
                    .findFirst().ifPresent(h -> caching.put(id(event), h.getValue().getAsString()));
        });
        cdp.on("Network.loadingFinished", event -> lengths.put(id(event), event.get("encodedDataLength").getAsLong()));
        cdp.send("Network.enable");
        long start = System.nanoTime();
        page.navigate(path);
        page.locator("h1, h2").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE).setTimeout(60_000));
        long headingMs = (System.nanoTime() - start) / 1_000_000;
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(500);
        Map<String, String> ordered;
        synchronized (urls) {
            ordered = new LinkedHashMap<>(urls);
        }
        List<String> details = new ArrayList<>();
        long bytes = 0;
        int fromCache = 0;
        for (Map.Entry<String, String> request : ordered.entrySet()) {
            long length = lengths.getOrDefault(request.getKey(), 0L);
            boolean fromTheCache = cached.getOrDefault(request.getKey(), false);
            bytes += length;
            fromCache += fromTheCache ? 1 : 0;
            String url = request.getValue();
            details.add(String.format(Locale.ROOT, "%8.1f KB %3d %-5s %s [%s]", length / 1024.0,
                    statuses.getOrDefault(request.getKey(), 0),
                    fromTheCache ? "cache" : encodings.getOrDefault(request.getKey(), "-"),
                    url.length() > 100 ? url.substring(0, 100) + "…" : url, caching.getOrDefault(request.getKey(), "")));
        }
        cdp.detach();
        page.close();
        return new Visit(user, path, kind, bytes, urls.size(), fromCache, headingMs, details);
    }

    private static String id(JsonObject event) {
        return event.get("requestId").getAsString();
    }

    private static Map<String, String> settings(String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
            String[] pair = arg.substring(2).split("=", 2);
            settings.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return settings;
    }
}
