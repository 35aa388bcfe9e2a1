package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import jp.osaka.renkei.DemoDataTest;

import java.lang.reflect.Method;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With a provider configured, the app sends the browser to it and turns a failed return into a login message. */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:oidc-portal.properties", properties = {
        "spring.datasource.url=jdbc:h2:mem:oidc-http;DB_CLOSE_DELAY=-1"})
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

    /** The provider's own check of redirect_uri stands behind {baseUrl} (docs/security.md, "Host header"). */
    @Test
    void aForeignHostComesBackNeitherFromAFailedReturnNorAsTheStartsTarget() {
        RawHttp.Response failed = new RawHttp(port).get("/login/oauth2/code/portal?code=x&state=forged", "evil.example");
        RawHttp.Response start = new RawHttp(port).get("/oauth2/authorization/portal", "evil.example");

        assertThat(failed.header("Location").orElseThrow()).isEqualTo("/login?error=failed");
        assertThat(start.header("Location").orElseThrow()).startsWith("http://idp.example.jp/auth?");
    }

    @Autowired
    FilterChainProxy chains;
    @Autowired
    AuthenticationManager passwordSignIn;
    @Autowired
    ClientRegistrationRepository registrations;

    /**
     * The provider's return reaches the OpenID Connect provider, which asks the token endpoint (unreachable here)
     * for the code; with no provider for it, it would end in ProviderNotFoundException. The password form signs in
     * through the password sign-in (a Renkei password, then LDAP).
     */
    @Test
    void theProvidersReturnIsHandledByTheOidcProviderAndThePasswordFormByThePasswordSignIn() throws Exception {
        var filters = chains.getFilterChains().getFirst().getFilters();
        AuthenticationManager oidc = managerOf(filters.stream()
                .filter(OAuth2LoginAuthenticationFilter.class::isInstance).findFirst().orElseThrow());
        AuthenticationManager form = managerOf(filters.stream()
                .filter(UsernamePasswordAuthenticationFilter.class::isInstance).findFirst().orElseThrow());
        ClientRegistration portal = registrations.findByRegistrationId("portal");
        String redirect = "http://localhost:" + port + "/login/oauth2/code/portal";
        OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://idp.example.jp/auth").clientId("renkei").redirectUri(redirect)
                .scopes(Set.of("openid")).state("state").build();
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success("code").redirectUri(redirect)
                .state("state").build();

        assertThatThrownBy(() -> oidc.authenticate(new OAuth2LoginAuthenticationToken(portal,
                new OAuth2AuthorizationExchange(request, response))))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(form).isSameAs(passwordSignIn);
    }

    private static AuthenticationManager managerOf(Object filter) throws ReflectiveOperationException {
        Method getter = AbstractAuthenticationProcessingFilter.class.getDeclaredMethod("getAuthenticationManager");
        getter.setAccessible(true);
        return (AuthenticationManager) getter.invoke(filter);
    }

    @Test
    void theLoginPageStillAnswers() {
        assertThat(new PlainHttp(port).get("/login").statusCode()).isEqualTo(200);
    }
}
