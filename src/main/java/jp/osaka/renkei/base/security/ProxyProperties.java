package jp.osaka.renkei.base.security;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.util.NetMask;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies whose forwarded headers count (renkei.proxy.*), docs/security.md, "Behind a proxy".
 *
 * @param trusted IP addresses (10.0.0.5, ::1) or CIDR ranges (10.0.0.0/24) of the proxies directly in front of
 *                Renkei; empty (the default): no one is trusted and X-Forwarded-* headers change nothing
 */
@ConfigurationProperties("renkei.proxy")
public record ProxyProperties(@DefaultValue List<String> trusted) {

    /** An IP literal, never a host name: a name would be looked up in the DNS for every request. */
    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

    public ProxyProperties {
        trusted = trusted.stream().map(String::trim).filter(entry -> !entry.isEmpty()).toList();
        trusted.forEach(ProxyProperties::range);
    }

    /**
     * The ranges as Tomcat's RemoteIpValve reads CIDR (comma-separated, each with a prefix length). Without the
     * "/", Tomcat would read the list as a regular expression, in which the dots of 10.0.0.5 match any character.
     */
    String cidrList() {
        return trusted.stream().map(ProxyProperties::range).collect(Collectors.joining(","));
    }

    private static String range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        if (!ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("renkei.proxy.trusted: not an IP address or CIDR range: " + entry);
        }
        String range = slash >= 0 ? entry : entry + (address.contains(":") ? "/128" : "/32");
        try {
            new NetMask(range); // the check Tomcat makes, here at start-up with the setting's name
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("renkei.proxy.trusted: not an IP address or CIDR range: " + entry, e);
        }
        return range;
    }
}
