package jp.osaka.renkei.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in by binding to the city's LDAP or Active Directory (renkei.directory.ldap.*); see docs/security.md
 * "Directory sign-in: LDAP and Active Directory". A blank url leaves LDAP off.
 *
 * @param url e.g. ldaps://ldap.city.example.jp:636 (blank: LDAP off)
 * @param base the base DN the DNs and search bases below are relative to, e.g. dc=city,dc=example,dc=jp
 * @param userDnPattern the user's DN from the login, e.g. uid={0},ou=people (blank: search instead)
 * @param userSearchBase where to search for the user (relative to base)
 * @param userSearchFilter e.g. (uid={0}) (blank with a blank pattern: (login-attribute={0}))
 * @param groupSearchBase where the groups are (relative to base)
 * @param groupSearchFilter {0} is the user's full DN
 * @param groupNameAttribute the group's name, which renkei.directory.role-groups compare with
 * @param managerDn who searches (blank: anonymous search)
 * @param managerPassword the manager's password
 * @param loginAttribute the login name, which becomes the Renkei user name (sAMAccountName for AD)
 * @param nameAttribute the person's name
 * @param mailAttribute the person's e-mail address
 * @param activeDirectoryDomain when set, Active Directory: bind as login@domain, groups from memberOf
 */
@ConfigurationProperties("renkei.directory.ldap")
public record DirectoryLdapProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String base,
        @DefaultValue("") String userDnPattern,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("") String userSearchFilter,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("cn") String groupNameAttribute,
        @DefaultValue("") String managerDn,
        @DefaultValue("") String managerPassword,
        @DefaultValue("uid") String loginAttribute,
        @DefaultValue("cn") String nameAttribute,
        @DefaultValue("mail") String mailAttribute,
        @DefaultValue("") String activeDirectoryDomain) {

    public boolean enabled() {
        return !url.isBlank();
    }

    public boolean activeDirectory() {
        return !activeDirectoryDomain.isBlank();
    }
}
