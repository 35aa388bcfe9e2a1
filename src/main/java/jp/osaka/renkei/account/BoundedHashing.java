package jp.osaka.renkei.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder with a bound on how many hashes are computed at once (renkei.security.password-hashes-at-once):
 * a hash is meant to cost CPU (docs/decisions/0010), and a wave of sign-ins would otherwise take every core from the
 * users already working. Further checks wait their turn, first come first served; the strength is unchanged.
 */
final class BoundedHashing implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore turns;

    BoundedHashing(PasswordEncoder delegate, int atOnce) {
        this.delegate = delegate;
        this.turns = new Semaphore(atOnce, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return inTurn(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return inTurn(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword); // reads the prefix, computes no hash
    }

    /** Hashes waiting for their turn now (for a test and a look in a heap dump). */
    int waiting() {
        return turns.getQueueLength();
    }

    private <T> T inTurn(Supplier<T> hash) {
        turns.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            turns.release();
        }
    }
}
