package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Only so many password hashes are computed at once; the others wait their turn and get the same answer. */
class BoundedHashingTest {

    @Test
    void noMoreHashesRunAtOnceThanAllowedAndEveryCheckStillGetsItsAnswer() throws Exception {
        Gate gate = new Gate();
        BoundedHashing hashing = new BoundedHashing(gate, 2);
        ExecutorService signIns = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checks.add(signIns.submit(() -> hashing.matches("passphrase", "hash")));
            }
            assertThat(gate.twoInside.await(5, TimeUnit.SECONDS)).as("two hashes started").isTrue();
            while (hashing.waiting() < 4) {
                Thread.onSpinWait(); // the other four line up behind them
            }
            assertThat(gate.inside.get()).isEqualTo(2);

            gate.open.countDown();
            for (Future<Boolean> check : checks) {
                assertThat(check.get(5, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(gate.most.get()).as("never more than two at once").isEqualTo(2);
        } finally {
            signIns.shutdownNow();
        }
    }

    @Test
    void readingAHashsPrefixWaitsForNoTurn() {
        Gate gate = new Gate();
        BoundedHashing hashing = new BoundedHashing(gate, 1);

        assertThat(hashing.upgradeEncoding("{bcrypt}old")).isTrue();
        assertThat(gate.inside.get()).isZero();
    }

    /** A hash that holds until the test opens the gate, counting how many run at once. */
    private static final class Gate implements PasswordEncoder {

        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch twoInside = new CountDownLatch(2);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(@Nullable CharSequence rawPassword) {
            return "hash";
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            twoInside.countDown();
            try {
                return open.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return encodedPassword != null && encodedPassword.startsWith("{bcrypt}");
        }
    }
}
