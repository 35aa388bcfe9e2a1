package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.osaka.renkei.base.DomainException;

import org.junit.jupiter.api.Test;

/** What a password must be: long enough, not holding the login or name, not a common one; long passphrases welcome. */
class PasswordPolicyTest {

    @Test
    void longPassphrasesAreWelcomeInAnyScript() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple", "ward-kita", "北区役所 担当者")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("大阪の在宅医療と介護の連携", "ward-kita", "北区役所 担当者")).doesNotThrowAnyException();
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
    void aPasswordHoldingTheLoginOrTheNameIsRefusedWhateverTheCaseWidthOrSpaces() {
        assertRefused("my ward-konohana passphrase", "password.containsName");
        assertRefused("MY WARD-KONOHANA PASSPHRASE", "password.containsName");
        assertRefused("ｍｙ ｗａｒｄ－ｋｏｎｏｈａｎａ ｐａｓｓ", "password.containsName");
        assertRefused("わたしは此花区担当者です", "password.containsName");
        assertRefused("わたしは 此花区　担当者 です", "password.containsName");
        // a word of the name alone, when it has three characters or more
        assertRefused("此花区はいいところです", "password.containsName");
        assertRefused("うちの担当者はやさしいです", "password.containsName");
    }

    @Test
    void shortPartsOfANameAreNotLookedFor() {
        assertThatCode(() -> PasswordPolicy.check("山田さんの長いあいことば", "yt", "山田 太郎"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("山田太郎の長いあいことば", "yt", "山田 太郎"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("password.containsName");
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertRefused("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "password.tooLong");
    }

    @Test
    void aLongPassphraseWithSpacesAndJapaneseIsAccepted() {
        String passphrase = "大阪市の在宅医療と介護の連携を 一歩ずつ すすめていく 2026年の わたしたちの合言葉 です、 correct horse battery staple";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isGreaterThanOrEqualTo(64);

        assertThatCode(() -> PasswordPolicy.check(passphrase, "ward-kita", "北区役所 担当者")).doesNotThrowAnyException();
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertRefused("1234567890", "password.common");
        assertRefused("qwertyuiop", "password.common");
        assertRefused("Basketball", "password.common");
        assertRefused("PASSWORD12", "password.common");
        assertRefused(" 1q2w3e4r5t ", "password.common");
    }

    /** A real list, read from the resource, not a few words in the code. */
    @Test
    void theListOfCommonPasswordsHoldsThousandsOfEntries() throws Exception {
        List<String> entries;
        try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("# ")).toList();
        }
        assertThat(entries).hasSizeGreaterThan(19_000);
        List<String> longOnes = entries.stream().filter(e -> e.length() >= PasswordPolicy.MIN_LENGTH).toList();
        assertThat(longOnes).hasSizeGreaterThan(1_000).allMatch(PasswordPolicy::isCommon);
        assertThat(PasswordPolicy.isCommon("港区の連携をすすめる合言葉")).isFalse();
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "ward-konohana", "此花区 担当者"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo(key);
    }
}
