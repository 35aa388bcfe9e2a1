package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests as a reverse proxy in front of the app would send them (X-Forwarded-* headers), over raw sockets from
 * this machine: whether the app believes them depends on whether 127.0.0.1 / ::1 is among renkei.proxy.trusted.
 */
final class ForwardedRequests {

    /** The address of the client the forwarded headers claim (TEST-NET-3, no real machine). */
    static final String CLIENT = "203.0.113.7";
    /** A user name no account has: a failed sign-in with it locks no account of the shared demo data. */
    static final String NO_ONES_NAME = "no-such-user-proxy16";

    private final int port;

    ForwardedRequests(int port) {
        this.port = port;
    }

    /** GET /login with the given headers. */
    RawHttp.Response loginPage(String... headerLines) {
        return new RawHttp(port).get("/login", "localhost:" + port, headerLines);
    }

    /** The login page, then the login form posted with its CSRF token, a wrong password and the given headers. */
    RawHttp.Response failedSignIn(String... headerLines) {
        RawHttp.Response page = loginPage(headerLines);
        String cookie = page.header("Set-Cookie").orElseThrow().replaceFirst(";.*$", "");
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + NO_ONES_NAME + "&password=wrong-guess&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder("POST /login HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nCookie: " + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Content-Length: ").append(form.length()).append("\r\nConnection: close\r\n\r\n").append(form);
        return new RawHttp(port).send(request.toString());
    }
}
