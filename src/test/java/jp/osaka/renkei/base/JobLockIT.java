package jp.osaka.renkei.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jp.osaka.renkei.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances (each with a connection to MariaDB of its own) try the same job at the same moment: one runs it, the
 * other skips it; a lease left behind by a crashed instance can be taken over once it has ended.
 */
@IntegrationTest
class JobLockIT {

    private static final Instant T = Instant.parse("2026-11-25T23:30:00Z");

    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void ofTwoInstancesTryingAJobAtTheSameMomentExactlyOneRunsIt() throws Exception {
        String job = "it-" + UUID.randomUUID();
        List<JobLock> instances = List.of(lock(dataSource, Clock.systemUTC(), "a"),
                lock(secondDataSource(), Clock.systemUTC(), "b"));
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch oneSkipped = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = instances.stream().map(lock -> threads.submit(() -> {
                ready.countDown();
                go.await();
                boolean result = lock.runExclusively(job, Duration.ofMinutes(5), () -> {
                    runs.incrementAndGet();
                    // Holds the lease until the other has tried (or long enough to show that it did not skip).
                    await(oneSkipped);
                });
                if (!result) {
                    oneSkipped.countDown();
                }
                return result;
            })).toList();
            ready.await();
            go.countDown();

            assertThat(List.of(ran.get(0).get(), ran.get(1).get())).containsExactlyInAnyOrder(true, false);
            assertThat(runs).hasValue(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLeaseLeftByACrashedInstanceIsTakenOverOnlyOnceItHasEnded() {
        String job = "it-" + UUID.randomUUID();
        JobLock crashed = lock(dataSource, Clock.fixed(T, ZoneOffset.UTC), "a");
        assertThat(crashed.tryAcquire(job, Duration.ofMinutes(10))).isPresent(); // and never given back

        assertThat(lock(dataSource, at(T.plus(Duration.ofMinutes(9))), "b").tryAcquire(job, Duration.ofMinutes(10)))
                .as("while the crashed instance's lease lasts").isEmpty();
        JobLock survivor = lock(dataSource, at(T.plus(Duration.ofMinutes(10))), "b");
        assertThat(survivor.runExclusively(job, Duration.ofMinutes(10), () -> { })).as("once it has ended").isTrue();
        assertThat(lock(dataSource, at(T.plus(Duration.ofMinutes(11))), "a").tryAcquire(job, Duration.ofMinutes(10)))
                .as("given back after the run").isPresent();
    }

    @Test
    void aLateReleaseByTheFormerHolderLeavesTheNewHoldersLeaseAlone() {
        String job = "it-" + UUID.randomUUID();
        JobLock slow = lock(dataSource, at(T), "a");
        JobLock.Lease old = slow.tryAcquire(job, Duration.ofMinutes(1)).orElseThrow();
        assertThat(lock(dataSource, at(T.plus(Duration.ofMinutes(2))), "b").tryAcquire(job, Duration.ofMinutes(10)))
                .isPresent();

        lock(dataSource, at(T.plus(Duration.ofMinutes(3))), "a").release(old);

        assertThat(lock(dataSource, at(T.plus(Duration.ofMinutes(4))), "c").tryAcquire(job, Duration.ofMinutes(10)))
                .isEmpty();
    }

    private static JobLock lock(DataSource dataSource, Clock clock, String instance) {
        return new JobLock(new JdbcTemplate(dataSource), clock, instance);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private DataSource secondDataSource() {
        return new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
