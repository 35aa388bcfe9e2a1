package jp.osaka.renkei.account;

import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * How Renkei stores passwords: PBKDF2-HMAC-SHA256 over the whole passphrase (bcrypt reads only its first 72 bytes,
 * 24 kanji); older {bcrypt} hashes still verify and are replaced at their next sign-in. See
 * docs/decisions/0010-password-hashing.md.
 */
final class PasswordHashing {

    /**
     * The prefix of new hashes. A PBKDF2 hash does not record its iteration count, so the prefix does: a new count
     * needs a new prefix (and this one kept for verifying), never a new meaning for this one.
     */
    static final String CURRENT = "pbkdf2-sha256-600k";
    static final int ITERATIONS = 600_000;

    private PasswordHashing() {
    }

    static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(CURRENT, Map.of(
                CURRENT, new Pbkdf2PasswordEncoder("", 16, ITERATIONS, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
