package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProxyPropertiesTest {

    @Test
    void singleAddressesBecomeRangesOfOneAddressForTomcatAndRangesStayAsWritten() {
        ProxyProperties proxies = new ProxyProperties(List.of(" 10.0.0.5 ", "172.16.0.0/12", "::1", "fd00::/8", ""));

        assertThat(proxies.trusted()).containsExactly("10.0.0.5", "172.16.0.0/12", "::1", "fd00::/8");
        assertThat(proxies.cidrList()).isEqualTo("10.0.0.5/32,172.16.0.0/12,::1/128,fd00::/8");
    }

    @Test
    void noProxiesByDefault() {
        assertThat(new ProxyProperties(List.of()).cidrList()).isEmpty();
    }

    @Test
    void aHostNameARegularExpressionOrAWrongPrefixIsRefusedAtStartUp() {
        for (String entry : List.of("proxy.example.jp", "10\\.0\\.0\\.\\d+", "10.0.0.0/33", "10.0.0.256", "::1/129")) {
            assertThatThrownBy(() -> new ProxyProperties(List.of(entry))).as(entry)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renkei.proxy.trusted");
        }
    }
}
