package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.osaka.renkei.DemoDataTest;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With a provider configured, the app sends the browser to it and turns a failed return into a login message. */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc-http;DB_CLOSE_DELAY=-1",
        "spring.security.oauth2.client.registration.portal.client-id=renkei",
        "spring.security.oauth2.client.registration.portal.client-secret=secret",
        "spring.security.oauth2.client.registration.portal.client-name=大阪市職員ポータル",
        "spring.security.oauth2.client.registration.portal.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.portal.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.portal.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.portal.authorization-uri=http://idp.example.jp/auth",
        "spring.security.oauth2.client.provider.portal.token-uri=http://idp.example.jp/token",
        "spring.security.oauth2.client.provider.portal.jwk-set-uri=http://idp.example.jp/jwks",
        "spring.security.oauth2.client.provider.portal.user-name-attribute=sub"})
class OidcSignInHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theProvidersButtonStartsAnAuthorizationCodeRequestAtTheProvider() {
        HttpResponse<String> response = new PlainHttp(port).get("/oauth2/authorization/portal");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith("http://idp.example.jp/auth?response_type=code&client_id=renkei")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/portal");
    }

    @Test
    void aReturnThatMatchesNoRequestEndsOnTheLoginPageWithTheGeneralDirectoryMessage() {
        HttpResponse<String> response = new PlainHttp(port).get("/login/oauth2/code/portal?code=x&state=forged");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=failed");
    }

    @Autowired
    FilterChainProxy chains;
    @Autowired
    AuthenticationManager passwordSignIn;

    @Test
    void theProvidersReturnIsAuthenticatedByTheOidcProviderAndThePasswordFormByThePasswordSignIn() throws Exception {
        var filters = chains.getFilterChains().getFirst().getFilters();
        AuthenticationManager oidc = managerOf(filters.stream()
                .filter(OAuth2LoginAuthenticationFilter.class::isInstance).findFirst().orElseThrow());
        AuthenticationManager form = managerOf(filters.stream()
                .filter(UsernamePasswordAuthenticationFilter.class::isInstance).findFirst().orElseThrow());

        assertThat(supports(oidc, OAuth2LoginAuthenticationToken.class))
                .as("the OpenID Connect return must reach a provider that handles it").isTrue();
        assertThat(form).isSameAs(passwordSignIn);
    }

    private static AuthenticationManager managerOf(Object filter) throws ReflectiveOperationException {
        Method getter = AbstractAuthenticationProcessingFilter.class.getDeclaredMethod("getAuthenticationManager");
        getter.setAccessible(true);
        return (AuthenticationManager) getter.invoke(filter);
    }

    private static boolean supports(AuthenticationManager manager, Class<?> token) {
        if (!(manager instanceof ProviderManager providers)) {
            return false;
        }
        return providers.getProviders().stream().anyMatch(p -> p.supports(token));
    }

    @Test
    void theLoginPageStillAnswers() {
        assertThat(new PlainHttp(port).get("/login").statusCode()).isEqualTo(200);
    }
}
