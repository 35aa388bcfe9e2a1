package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void longPassphrasesAreWelcomeInAnyScript() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple", "ward-kita")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("大阪の在宅医療と介護の連携", "ward-kita")).doesNotThrowAnyException();
    }

    @Test
    void shortPasswordsAreRefusedCountingCharactersNotBytes() {
        assertRefused("abc123", "password.tooShort");
        // nine kanji are nine characters, though 27 bytes in UTF-8
        assertRefused("大阪市在宅医療介護", "password.tooShort");
    }

    @Test
    void theUsernameIsNotAPassword() {
        assertRefused("ward-konohana", "password.isUsername");
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertRefused("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "password.tooLong");
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "ward-konohana"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
