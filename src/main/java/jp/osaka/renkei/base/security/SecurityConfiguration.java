package jp.osaka.renkei.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.FrameOptionsConfig;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The filter chain: headers, CSRF, throttling by address and method security here; sign-in, sign-out and the check
 * of signed-in sessions from the account module ({@link SignInSetup}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSetup accounts, RequestUtil vaadinRequests,
            AddressThrottle addresses, MessageSource messages) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/actuator/health", "/actuator/health/**")
                .permitAll());
        http.headers(SecurityConfiguration::headers);
        http.addFilterAfter(new CacheHeaders.KeepNoStore(), HeaderWriterFilter.class);
        // Spring Security's defaults stay: a new session id at sign-in (session fixation), the session
        // invalidated at logout. Sessions of disabled or changed accounts end at their next request:
        http.addFilterAfter(accounts.sessionCheck(), SecurityContextHolderFilter.class);
        // Vaadin's default for URLs that are no route is denyAll: a typed unknown URL then got an empty
        // 403 (the browser's own English error page) instead of the app's ページが見つかりません.
        // Signed in, such a URL reaches Vaadin, which shows NotFoundView; views keep their own checks.
        // Vaadin's CSRF set-up exempts the login form; LoginCsrf checks it too (token and origin).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> accounts.signInAndOut(vaadin)
                .anyRequest(AuthorizedUrl::authenticated).enableCsrfConfiguration(false));
        http.csrf(csrf -> LoginCsrf.configure(csrf, vaadinRequests));
        // The password form: a Renkei password, then LDAP when configured. Only after Vaadin's
        // configurer: configurers initialise in the order they were added, and a form login initialised
        // before Vaadin's set its login page put Spring's own "Please sign in" page on /login.
        http.formLogin(form -> form.withObjectPostProcessor(
                LoginFailure.onFormLogin(accounts.passwordSignIn(), addresses)));
        // Throttling (docs/decisions/0011): an address that failed too often is refused before any check.
        http.addFilterBefore(new AddressThrottleFilter(addresses, messages),
                UsernamePasswordAuthenticationFilter.class);
        accounts.addSignIns(http);
        return http.build();
    }

    /**
     * CSP, nosniff, Referrer-Policy, SAMEORIGIN framing and no-store caching on every response (which the server of a
     * static file replaces: {@link CacheHeaders}); HSTS (Spring Security's default) only on requests that came over
     * TLS. Written eagerly: written on commit, they were missing from Vaadin's own responses (the bootstrap page, its
     * init JSON).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // instead of Spring Security's cache headers: the same, but no Pragma/Expires on static files
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(new CacheHeaders())
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(SecurityHeaders.REFERRER_POLICY))
                .frameOptions(FrameOptionsConfig::sameOrigin);
    }
}
