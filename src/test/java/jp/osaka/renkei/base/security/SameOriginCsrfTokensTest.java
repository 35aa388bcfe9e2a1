package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which Origin and Referer count as the app's own, directly and behind a reverse proxy. */
class SameOriginCsrfTokensTest {

    /** What the app sees of a request: scheme, server name and port (forwarded ones behind a proxy), Host header. */
    private record Seen(String scheme, String serverName, int port, String host) {

        boolean owns(String header, String value) {
            MockHttpServletRequest headers = new MockHttpServletRequest("POST", "/login");
            headers.addHeader("Host", host);
            if (!header.isEmpty()) {
                headers.addHeader(header, value);
            }
            return SameOriginCsrfTokens.fromOwnOrigin(new HttpServletRequestWrapper(headers) {
                @Override
                public String getScheme() {
                    return scheme;
                }

                @Override
                public String getServerName() {
                    return serverName;
                }

                @Override
                public int getServerPort() {
                    return port;
                }
            });
        }
    }

    @Test
    void theHostTheBrowserAddressedIsTheAppsOwnWhateverTheDefaultPortAndCase() {
        Seen direct = new Seen("http", "renkei.city.example", 80, "renkei.city.example");

        assertThat(direct.owns("Origin", "http://renkei.city.example")).isTrue();
        assertThat(direct.owns("Origin", "http://Renkei.City.Example:80")).isTrue();
        assertThat(direct.owns("Referer", "http://renkei.city.example/login?error")).isTrue();
        assertThat(direct.owns("Origin", "http://renkei.city.example:8080")).isFalse();
        assertThat(direct.owns("Origin", "http://renkei.city.example.evil.example")).isFalse();
        assertThat(direct.owns("Origin", "null")).isFalse();
        assertThat(direct.owns("Referer", "not a url")).isFalse();
    }

    @Test
    void behindAProxyThatEndsTlsAndKeepsTheHostTheHttpsOriginIsTheAppsOwn() {
        Seen proxied = new Seen("http", "renkei.city.example", 80, "renkei.city.example");

        assertThat(proxied.owns("Origin", "https://renkei.city.example")).isTrue();
        assertThat(proxied.owns("Origin", "https://evil.example")).isFalse();
    }

    @Test
    void behindAProxyWithForwardedHeadersTheForwardedHostIsTheAppsOwn() {
        // server.forward-headers-strategy: scheme, host and port as the proxy forwarded them; Host is the app's address
        Seen forwarded = new Seen("https", "renkei.city.example", 443, "10.0.0.5:8080");

        assertThat(forwarded.owns("Origin", "https://renkei.city.example")).isTrue();
        assertThat(forwarded.owns("Referer", "https://renkei.city.example/login")).isTrue();
        assertThat(forwarded.owns("Origin", "https://evil.example")).isFalse();
    }

    @Test
    void withoutOriginAndRefererTheTokenAloneDecides() {
        assertThat(new Seen("http", "localhost", 8080, "localhost:8080").owns("", "")).isTrue();
    }
}
