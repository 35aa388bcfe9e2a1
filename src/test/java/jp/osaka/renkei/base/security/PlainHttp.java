package jp.osaka.renkei.base.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests to the running app as a browser without a session sends them: raw paths (encoded
 * characters stay as written), redirects not followed, no cookies unless given.
 */
public final class PlainHttp {

    /** Kana or kanji: the app's texts and data are Japanese, its bare bootstrap page and error bodies not. */
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public PlainHttp(int port) {
        this.port = port;
    }

    /** GET of a raw path (e.g. "/admin%2Fusers") with header name-value pairs. */
    public HttpResponse<String> get(String rawPath, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** POST of a form body, e.g. "username=admin&password=demo". */
    public HttpResponse<String> postForm(String rawPath, String form, String... headers) {
        return post(rawPath, "application/x-www-form-urlencoded", form, headers);
    }

    /** POST of a JSON body, as Vaadin's client sends its requests. */
    public HttpResponse<String> postJson(String rawPath, String json, String... headers) {
        return post(rawPath, "application/json; charset=UTF-8", json, headers);
    }

    private HttpResponse<String> post(String rawPath, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /**
     * Signs in through the login page and its form as a demo user (password "demo"); returns the session's Cookie
     * header value.
     */
    public String signIn(String username) {
        HttpResponse<String> page = get("/login");
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*$", "");
        HttpResponse<String> response = postForm("/login", "_csrf=" + VaadinHttp.encoded(csrfToken(page))
                + "&username=" + username + "&password=demo", "Cookie", session);
        if (response.statusCode() != 302 || !"/".equals(redirectPath(response))) {
            throw new IllegalStateException("sign-in of " + username + " failed: HTTP " + response.statusCode());
        }
        return response.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*$", "");
    }

    /** The CSRF token of a Vaadin page's meta tag, which vaadin-login-form sends with its POST. */
    public static String csrfToken(HttpResponse<String> page) {
        Matcher token = CSRF_META.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF meta tag in the page: HTTP " + page.statusCode());
        }
        return token.group(1);
    }

    /** Whether a body shows anything of the app's texts or data (anything Japanese). */
    public static boolean showsAppText(String body) {
        return JAPANESE.matcher(body).find();
    }

    /** The path a redirect points to, without scheme, host and ;jsessionid; empty when it is no redirect. */
    public static String redirectPath(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .map(location -> URI.create(location).getRawPath().replaceFirst(";.*$", ""))
                .orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
