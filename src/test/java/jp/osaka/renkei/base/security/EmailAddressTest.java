package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check of a typed address: what the city's SMTP relay accepts, stored trimmed with a lower-case domain. */
class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"kita-kuyakusho@example.org", "m.tanaka+renkei@city.osaka.lg.jp", "a@b.jp",
            "o'brien@example.co.uk"})
    void ordinaryAddressesAreValid(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
        assertThat(EmailAddress.normalise(address)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kita", "kita@", "@example.org", "kita@example", "kita@@example.org",
            "kita kuyakusho@example.org", "kita..ku@example.org", "kita@-example.org", "北区@example.org",
            "kita@example.org, room@example.org"})
    void malformedAddressesAreRefusedWithTheMessageKey(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
        assertThatThrownBy(() -> EmailAddress.normalise(address)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("email.invalid");
    }

    @Test
    void anAddressIsStoredTrimmedWithItsDomainInLowerCaseButItsLocalPartAsTyped() {
        assertThat(EmailAddress.normalise("  Kita.Tanaka@City.Osaka.LG.JP \t"))
                .isEqualTo("Kita.Tanaka@city.osaka.lg.jp");
    }

    @Test
    void blankMeansNoAddress() {
        assertThat(EmailAddress.normalise(null)).isNull();
        assertThat(EmailAddress.normalise("   ")).isNull();
        assertThat(EmailAddress.isValid("")).isTrue();
    }

    @Test
    void anAddressLongerThanSmtpAllowsIsRefused() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(56) + ".jp";
        String longest = "x".repeat(EmailAddress.MAX_LENGTH - domain.length() - 1) + "@" + domain;
        assertThat(longest).hasSize(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.isValid(longest)).isTrue();

        assertThat(EmailAddress.isValid("x" + longest)).isFalse();
        assertThat(EmailAddress.isValid("x".repeat(65) + "@example.org")).as("a local part over 64").isFalse();
    }

    @Test
    void aChangeReadsOldToNewWithNoneForAMissingAddress() {
        assertThat(EmailAddress.change(null, "kita@example.org")).isEqualTo("（なし） → kita@example.org");
        assertThat(EmailAddress.change("kita@example.org", null)).isEqualTo("kita@example.org → （なし）");
    }
}
