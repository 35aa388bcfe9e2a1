package jp.osaka.renkei.account;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldif.LDIFReader;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The city's demo directory in this JVM (UnboundID): dc=city,dc=example,dc=jp with ou=people (uid=…, password
 * directory-demo) and ou=groups (groupOfNames, member DNs), from directory/renkei-demo.ldif.
 */
public final class InMemoryDirectory {

    public static final String BASE = "dc=city,dc=example,dc=jp";

    private final InMemoryDirectoryServer server;

    private InMemoryDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** Starts on the port (0: any free one) with the demo people; {@link #url()} says where. */
    public static InMemoryDirectory start(int port) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null); // a group may lose its last member
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = InMemoryDirectory.class.getResourceAsStream("/directory/renkei-demo.ldif")) {
                server.importFromLDIF(true, new LDIFReader(ldif));
            }
            server.startListening();
            return new InMemoryDirectory(server);
        } catch (Exception e) {
            throw new IllegalStateException("in-memory directory did not start", e);
        }
    }

    /** ldap://localhost:port (without the base). */
    public String url() {
        return "ldap://localhost:" + server.getListenPort();
    }

    public void stop() {
        server.shutDown(true);
    }

    /** Takes the person (login) out of one group (cn, null: none) and into another (null: none). */
    public void move(String login, String fromGroup, String toGroup) {
        String member = dn(login);
        try {
            if (fromGroup != null) {
                server.modify(group(fromGroup), new Modification(ModificationType.DELETE, "member", member));
            }
            if (toGroup != null) {
                server.modify(group(toGroup), new Modification(ModificationType.ADD, "member", member));
            }
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person of the directory as another protocol (the demo OpenID Connect provider) sees them. */
    public record Person(String login, String name, String mail, String password, List<String> groups) {
    }

    /** The person with this uid and the cn of each group they are a member of now, if there is one. */
    public Optional<Person> person(String login) {
        try {
            SearchResultEntry entry = server.getEntry(dn(login));
            if (entry == null) {
                return Optional.empty();
            }
            List<String> groups = server.search("ou=groups," + BASE, SearchScope.ONE,
                            Filter.createEqualityFilter("member", entry.getDN()), "cn")
                    .getSearchEntries().stream().map(group -> group.getAttributeValue("cn")).sorted().toList();
            return Optional.of(new Person(login, entry.getAttributeValue("cn"), entry.getAttributeValue("mail"),
                    entry.getAttributeValue("userPassword"), groups));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dn(String login) {
        return "uid=" + login + ",ou=people," + BASE;
    }

    private static String group(String cn) {
        return "cn=" + cn + ",ou=groups," + BASE;
    }
}
