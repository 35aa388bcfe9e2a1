package jp.osaka.renkei.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;

import jp.osaka.renkei.base.security.SecurityProperties;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * The password form's sign-in: first a Renkei password (local accounts the renkei.directory.local-sign-in policy
 * allows), then, when renkei.directory.ldap.url is set, a bind to the city's LDAP or Active Directory, whose person
 * becomes a Renkei user through {@link DirectorySignIn}. Events (audit, back-off, sign-in log) as before; first of all, {@link SignInWaitCheck}.
 */
@Configuration(proxyBeanMethods = false)
class LdapSignIn {

    /**
     * Hashes carry their algorithm prefix, so the algorithm can change: {@link PasswordHashing}; only so many are
     * computed at once ({@link BoundedHashing}).
     */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties security) {
        return new BoundedHashing(PasswordHashing.encoder(), security.hashesAtOnce());
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccountService accounts, PasswordEncoder encoder,
            DirectoryLdapProperties ldap, DirectorySignIn directory, ApplicationEventPublisher events,
            AccountBackOff backOff) {
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(new SignInWaitCheck(backOff),
                new PasswordSignIn(accounts, encoder)));
        if (ldap.enabled()) {
            providers.add(provider(ldap, directory));
        }
        ProviderManager manager = new ProviderManager(providers);
        // Unknown exceptions (DirectorySignInRefused) publish no failure event: audited by DirectorySignIn
        // as SIGN_IN_REFUSED, and no wrong password for the back-off; SignInThrottled: not audited per attempt.
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    static AuthenticationProvider provider(DirectoryLdapProperties ldap, DirectorySignIn directory) {
        UserDetailsContextMapper mapper = new Mapper(ldap, directory);
        if (ldap.activeDirectory()) {
            ActiveDirectoryLdapAuthenticationProvider ad = new ActiveDirectoryLdapAuthenticationProvider(
                    ldap.activeDirectoryDomain(), ldap.url(), ldap.base().isBlank() ? null : ldap.base());
            if (!ldap.userSearchFilter().isBlank()) {
                ad.setSearchFilter(ldap.userSearchFilter());
            }
            ad.setUserDetailsContextMapper(mapper);
            ad.setConvertSubErrorCodesToExceptions(true);
            return ad;
        }
        DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(List.of(ldap.url()),
                ldap.base());
        if (!ldap.managerDn().isBlank()) {
            source.setUserDn(ldap.managerDn());
            source.setPassword(ldap.managerPassword());
        }
        source.afterPropertiesSet();
        BindAuthenticator bind = new BindAuthenticator(source);
        if (!ldap.userDnPattern().isBlank()) {
            bind.setUserDnPatterns(new String[] {ldap.userDnPattern()});
        }
        if (ldap.userDnPattern().isBlank() || !ldap.userSearchFilter().isBlank()) {
            String filter = ldap.userSearchFilter().isBlank() ? "(" + ldap.loginAttribute() + "={0})"
                    : ldap.userSearchFilter();
            bind.setUserSearch(new FilterBasedLdapUserSearch(ldap.userSearchBase(), filter, source));
        }
        DefaultLdapAuthoritiesPopulator groups = new DefaultLdapAuthoritiesPopulator(source, ldap.groupSearchBase());
        groups.setGroupSearchFilter(ldap.groupSearchFilter());
        groups.setGroupRoleAttribute(ldap.groupNameAttribute());
        groups.setSearchSubtree(true);
        groups.setRolePrefix("");
        groups.setConvertToUpperCase(false);
        groups.setIgnorePartialResultException(true);
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(bind, groups);
        provider.setUserDetailsContextMapper(mapper);
        return provider;
    }

    /** The bound person as a {@link DirectoryIdentity}, signed in as their Renkei user. */
    record Mapper(DirectoryLdapProperties ldap, DirectorySignIn directory) implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(DirContextOperations context, String username,
                Collection<? extends GrantedAuthority> authorities) {
            return directory.signIn(identity(context, username, authorities));
        }

        DirectoryIdentity identity(DirContextOperations context, String username,
                Collection<? extends GrantedAuthority> authorities) {
            String login = context.getStringAttribute(ldap.loginAttribute());
            if (login == null || login.isBlank()) {
                login = username.replaceFirst("@.*$", "");
            }
            String name = context.getStringAttribute(ldap.nameAttribute());
            Set<String> groups = new LinkedHashSet<>();
            authorities.forEach(authority -> groups.add(authority.getAuthority()));
            return new DirectoryIdentity("ldap:" + context.getNameInNamespace().toLowerCase(Locale.ROOT), login,
                    name == null ? "" : name, context.getStringAttribute(ldap.mailAttribute()), groups,
                    singleValued(context));
        }

        private static Map<String, String> singleValued(DirContextOperations context) {
            Map<String, String> values = new HashMap<>();
            try {
                NamingEnumeration<? extends Attribute> all = context.getAttributes().getAll();
                while (all.hasMore()) {
                    Attribute attribute = all.next();
                    if (attribute.size() == 1 && attribute.get() instanceof String value
                            && !attribute.getID().toLowerCase(Locale.ROOT).contains("password")) {
                        values.put(attribute.getID(), value);
                    }
                }
            } catch (NamingException unreadable) {
                return Map.of();
            }
            return values;
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter context) {
            throw new UnsupportedOperationException("Renkei never writes to the directory");
        }
    }
}
