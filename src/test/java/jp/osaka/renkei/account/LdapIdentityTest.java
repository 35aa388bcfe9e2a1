package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.support.LdapNameBuilder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;

/**
 * How a bound person becomes a {@link DirectoryIdentity}. Active Directory cannot run against UnboundID (its bind as
 * login@domain and its memberOf are AD's own), so its configuration is checked here for its mapping only: the AD
 * provider hands over the memberOf groups' first RDN values (cn) as authorities, as given below.
 */
class LdapIdentityTest {

    @Test
    void anActiveDirectoryPersonIsKnownByTheirSAMAccountNameAndTheCnOfTheirGroups() {
        DirectoryLdapProperties ad = new DirectoryLdapProperties("ldaps://ad.city.example.jp:636",
                "dc=city,dc=example,dc=jp", "", "", "", "", "(member={0})", "cn", "", "", "sAMAccountName",
                "displayName", "mail", "city.example.jp");
        DirContextAdapter context = new DirContextAdapter(LdapNameBuilder.newInstance("DC=city,DC=example,DC=jp")
                .add("OU", "Kita").add("CN", "Yamada Taro").build());
        context.setAttributeValue("sAMAccountName", "yamada");
        context.setAttributeValue("displayName", "北区役所 山田");
        context.setAttributeValue("mail", "yamada@city.example.jp");
        context.setAttributeValue("department", "kita");
        context.setAttributeValues("memberOf", new String[] {"CN=renkei-ward-office,OU=Groups,DC=city,DC=example,DC=jp",
                "CN=renkei-ward-kita,OU=Groups,DC=city,DC=example,DC=jp"});

        DirectoryIdentity identity = new LdapSignIn.Mapper(ad, null).identity(context, "yamada@city.example.jp",
                List.of(new SimpleGrantedAuthority("renkei-ward-office"), new SimpleGrantedAuthority("renkei-ward-kita")));

        assertThat(identity.id()).isEqualTo("ldap:cn=yamada taro,ou=kita,dc=city,dc=example,dc=jp");
        assertThat(identity.login()).isEqualTo("yamada");
        assertThat(identity.displayName()).isEqualTo("北区役所 山田");
        assertThat(identity.email()).isEqualTo("yamada@city.example.jp");
        assertThat(identity.groups()).containsExactlyInAnyOrder("renkei-ward-office", "renkei-ward-kita");
        assertThat(identity.attributes()).containsEntry("department", "kita").doesNotContainKey("memberOf");
        assertThat(LdapSignIn.provider(ad, null)).isInstanceOf(ActiveDirectoryLdapAuthenticationProvider.class);
    }

    @Test
    void withoutALoginAttributeTheLoginIsWhatWasTypedWithoutItsDomain() {
        DirectoryLdapProperties ldap = LdapSignInPolicyTest.ldap("ldap://localhost:389");
        DirContextAdapter context = new DirContextAdapter(LdapNameBuilder.newInstance("dc=city,dc=example,dc=jp")
                .add("ou", "people").add("cn", "someone").build());

        DirectoryIdentity identity = new LdapSignIn.Mapper(ldap, null).identity(context, "someone@city", List.of());

        assertThat(identity.login()).isEqualTo("someone");
        assertThat(identity.displayName()).isEmpty();
        assertThat(identity.groups()).isEmpty();
    }
}
