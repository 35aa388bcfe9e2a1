package jp.osaka.renkei.account;


import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Prints the time one hash takes on this machine, the current algorithm's beside bcrypt's, for
 * docs/decisions/0010-password-hashing.md. A tool, not a test: times are printed, never asserted. Run it with
 * the test classpath, e.g. {@code java -cp target/test-classes:target/classes:<dependencies> ...PasswordHashingBenchmark}.
 */
final class PasswordHashingBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 20;

    private PasswordHashingBenchmark() {
    }

    public static void main(String[] args) {
        String passphrase = Passphrases.kanji(PasswordPolicy.MAX_LENGTH);
        time("{" + PasswordHashing.CURRENT + "} (128 kanji)", PasswordHashing.encoder(), passphrase);
        time("{" + PasswordHashing.CURRENT + "} (21 ASCII)", PasswordHashing.encoder(), "correct horse battery");
        time("{bcrypt} cost 10 (21 ASCII)", new BCryptPasswordEncoder(), "correct horse battery");
    }

    private static void time(String label, PasswordEncoder encoder, String passphrase) {
        for (int i = 0; i < WARM_UP; i++) {
            encoder.encode(passphrase);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            encoder.encode(passphrase);
        }
        System.out.printf("%-40s %6.1f ms per hash (mean of %d)%n", label,
                (System.nanoTime() - start) / 1e6 / ROUNDS, ROUNDS);
    }
}
