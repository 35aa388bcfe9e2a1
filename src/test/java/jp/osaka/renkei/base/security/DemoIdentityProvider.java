package jp.osaka.renkei.base.security;


import java.util.UUID;
import java.util.function.Supplier;

import jp.osaka.renkei.account.InMemoryDirectory;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The city's OpenID Connect provider for the directory demo and its E2E test: Spring Authorization Server in this
 * JVM, on its own port, in a Spring context of its own (a web server, Spring Security and the authorization server
 * only: nothing of Renkei). Its people are those of the {@link InMemoryDirectory} (uid, password directory-demo);
 * the ID token carries preferred_username, name, email and groups, the groups read from the directory at each
 * sign-in, so a person moved to another group there signs in with the new role.
 *
 * <p>One client, "renkei" (secret "demo-secret"), returning to /login/oauth2/code/city and /login?logout of Renkei.
 * Renkei runs at http://127.0.0.1:…: Spring Authorization Server, like real providers, refuses "localhost" in a
 * redirect URI. With the provider on localhost the two never share a cookie (cookies ignore the port), and the
 * provider's session cookie has a name of its own as well.
 */
public final class DemoIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "renkei";
    public static final String CLIENT_SECRET = "demo-secret";
    /** Renkei's registration id for this provider (application-directory-demo.yml): returns to /login/oauth2/code/city. */
    public static final String REGISTRATION = "city";

    private final ConfigurableApplicationContext context;
    private final String issuer;
    private final RenkeiClient client;

    private DemoIdentityProvider(ConfigurableApplicationContext context, String issuer, RenkeiClient client) {
        this.context = context;
        this.issuer = issuer;
        this.client = client;
    }

    /**
     * Starts on the port (0: any free one) with the directory's people, for Renkei at renkeiBase (e.g.
     * http://127.0.0.1:8080; {@link #renkeiAt} changes it once a test's Renkei knows its port).
     */
    public static DemoIdentityProvider start(InMemoryDirectory directory, int port, String renkeiBase) {
        RenkeiClient client = new RenkeiClient(renkeiBase);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
                .initializers(app -> {
                    app.getBeanFactory().registerSingleton("directory", directory);
                    app.getBeanFactory().registerSingleton("renkeiClient", client);
                })
                .run("--server.port=" + port,
                        "--spring.config.name=renkei-demo-identity-provider", // none of Renkei's application.yml
                        "--spring.main.banner-mode=off",
                        "--server.servlet.session.cookie.name=DEMO_IDP_SESSION");
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new DemoIdentityProvider(context, "http://localhost:" + actual, client);
    }

    /** Renkei's address, where the provider returns after sign-in and sign-out (exact, as real providers check). */
    public void renkeiAt(String renkeiBase) {
        client.base = renkeiBase;
    }

    /** Where Renkei discovers the provider (spring.security.oauth2.client.provider.city.issuer-uri). */
    public String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's context: not a @Configuration, so Renkei's component scan never picks it up in a test. */
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class,
            TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
            OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Server {

        /**
         * Renkei in the same JVM makes Vaadin's strategy the global one when it starts (after the provider), and
         * Spring Authorization Server reads SecurityContextHolder's global strategy: the provider's filters use
         * whichever is global at the time, or the person signed in at the provider looks anonymous to it.
         */
        @Bean
        SecurityContextHolderStrategy globalStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        /** The provider's own sign-in form checks the directory's password. */
        @Bean
        UserDetailsService people(InMemoryDirectory directory) {
            return login -> directory.person(login)
                    .map(person -> User.withUsername(person.login()).password("{noop}" + person.password())
                            .authorities("directory").build())
                    .orElseThrow(() -> new UsernameNotFoundException(login));
        }

        /** The claims Renkei maps (renkei.directory.oidc.login-claim, groups-claim), as Keycloak or Entra send them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(InMemoryDirectory directory) {
            return token -> directory.person(token.getPrincipal().getName()).ifPresent(person -> token.getClaims()
                    .claim("preferred_username", person.login())
                    .claim("name", person.name())
                    .claim("email", person.mail())
                    .claim("groups", person.groups()));
        }
    }

    /** The one client, Renkei, registered with its current address. */
    static final class RenkeiClient implements RegisteredClientRepository {

        private static final String ID = UUID.randomUUID().toString();

        volatile String base;

        RenkeiClient(String base) {
            this.base = base;
        }

        private RegisteredClient client() {
            return RegisteredClient.withId(ID)
                    .clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(base + "/login/oauth2/code/" + REGISTRATION)
                    .postLogoutRedirectUri(base + "/login?logout")
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The token endpoint saves the client back (e.g. a re-encoded secret): nothing here to keep. */
        @Override
        public void save(RegisteredClient registeredClient) {
        }

        @Override
        public @Nullable RegisteredClient findById(String id) {
            return ID.equals(id) ? client() : null;
        }

        @Override
        public @Nullable RegisteredClient findByClientId(String clientId) {
            return CLIENT_ID.equals(clientId) ? client() : null;
        }
    }
}
