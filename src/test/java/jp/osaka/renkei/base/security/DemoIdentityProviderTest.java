package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.osaka.renkei.account.InMemoryDirectory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;



/** The demo provider speaks OpenID Connect: sign-in form, authorization code, ID token with the directory's groups. */
class DemoIdentityProviderTest {

    private static final String RENKEI = "http://127.0.0.1:8080";
    private static final String RETURN = RENKEI + "/login/oauth2/code/city";
    // RFC 7636's example pair
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static final InMemoryDirectory DIRECTORY = InMemoryDirectory.start(0);
    private static final DemoIdentityProvider PROVIDER = DemoIdentityProvider.start(DIRECTORY, 0, RENKEI);

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @AfterAll
    static void stop() {
        PROVIDER.close();
        DIRECTORY.stop();
    }

    @Test
    void aPersonSignsInAtTheProviderAndRenkeiGetsAnIdTokenWithTheirGroups() throws Exception {
        String authorize = PROVIDER.issuer() + "/oauth2/authorize?response_type=code&client_id=renkei"
                + "&scope=openid%20profile%20email&state=s&nonce=n&redirect_uri=" + encode(RETURN)
                + "&code_challenge=" + CHALLENGE + "&code_challenge_method=S256";
        HttpResponse<String> toLogin = get(authorize);
        assertThat(location(toLogin)).isEqualTo(PROVIDER.issuer() + "/login");

        String form = get(location(toLogin)).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as(form).isTrue();
        HttpResponse<String> signedIn = post(PROVIDER.issuer() + "/login", "username=dir-kita-office"
                + "&password=directory-demo&_csrf=" + encode(csrf.group(1)), null);
        HttpResponse<String> back = get(location(signedIn));

        assertThat(location(back)).startsWith(RETURN + "?code=");
        String code = location(back).replaceFirst(".*[?&]code=([^&]+).*", "$1");
        HttpResponse<String> token = post(PROVIDER.issuer() + "/oauth2/token", "grant_type=authorization_code&code="
                + code + "&redirect_uri=" + encode(RETURN) + "&code_verifier=" + VERIFIER, "renkei:demo-secret");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String idToken = token.body().replaceFirst(".*\"id_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String claims = new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"preferred_username\":\"dir-kita-office\"", "\"name\":\"北区役所 山田\"",
                "\"groups\":[\"renkei-ward-kita\",\"renkei-ward-office\"]", "\"iss\":\"" + PROVIDER.issuer() + "\"");
    }

    private HttpResponse<String> get(String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String uri, String form, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("(" + response.statusCode() + ") " + response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
