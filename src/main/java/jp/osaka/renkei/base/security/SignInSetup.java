package jp.osaka.renkei.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.Filter;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The account module's part of the filter chain that {@link SecurityConfiguration} builds: how users sign in and
 * out, and how a session ends once its account changed. Base orders the chain, its headers, CSRF and throttling
 * (docs/decisions/0018-accounts-module.md).
 */
public interface SignInSetup {

    /** The login view and what signing out does, on Vaadin's configurer. */
    VaadinSecurityConfigurer signInAndOut(VaadinSecurityConfigurer vaadin);

    /** The password form's sign-in: Renkei's own passwords, then the directory when configured. */
    AuthenticationManager passwordSignIn();

    /** Put right after the security context is loaded: ends the sessions of accounts disabled or changed since. */
    Filter sessionCheck();

    /** Any further sign-in (OpenID Connect), when configured. */
    void addSignIns(HttpSecurity http) throws Exception;
}
