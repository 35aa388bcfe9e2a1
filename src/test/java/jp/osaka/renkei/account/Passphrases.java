package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passphrases that plain bcrypt (72 bytes) could not keep apart, for the service and HTTP tests. */
final class Passphrases {

    private static final String KANJI = "大阪市在宅医療介護連携推進会議記録";

    private Passphrases() {
    }

    /** So many kanji, three bytes each in UTF-8. */
    static String kanji(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(KANJI.charAt(i % KANJI.length()));
        }
        return text.toString();
    }

    /** Four-byte characters (𠮷, emoji) among others; each counts as one character. */
    static String fourBytes() {
        String passphrase = "𠮷野家で🍚を食べた🎉 とても美味しい😀";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(50);
        return passphrase;
    }

    /** Stores the user's password as a bcrypt hash, as accounts were stored before the change of algorithm. */
    static void storeAsBcrypt(AppUserRepository users, String name, String password) {
        AppUser user = users.findByUsername(name).orElseThrow();
        user.changePassword("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
        users.saveAndFlush(user);
    }

    /** 24 kanji (72 bytes), then the ending: two of these differ only after byte 72. */
    static String differingAfterByte72(String ending) {
        String start = kanji(24);
        assertThat(start.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        return start + ending;
    }
}
