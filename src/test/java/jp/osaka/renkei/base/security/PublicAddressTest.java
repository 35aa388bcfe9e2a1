package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void aRealPublicAddressIsUsedWithoutItsTrailingSlash() {
        assertThat(PublicAddress.base("https://renkei.example.jp/")).isEqualTo("https://renkei.example.jp");
        assertThat(PublicAddress.base(" https://city.example.jp/renkei ")).isEqualTo("https://city.example.jp/renkei");
    }

    /** The default http://localhost:8080 and the like: the embedded start, on whatever port, keeps {baseUrl}. */
    @Test
    void noneOrOneOnThisMachineIsNoPublicAddress() {
        assertThat(PublicAddress.base("")).isNull();
        assertThat(PublicAddress.base("http://localhost:8080")).isNull();
        assertThat(PublicAddress.base("http://LOCALHOST:8080/")).isNull();
        assertThat(PublicAddress.base("http://127.0.0.1:8080")).isNull();
        assertThat(PublicAddress.base("http://[::1]:8080")).isNull();
    }
}
