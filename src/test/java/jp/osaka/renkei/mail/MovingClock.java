package jp.osaka.renkei.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock that stands still until a test moves it; on a whole second, which every database stores exactly. */
final class MovingClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Makes it the app's clock, for the Outbox as for the senders a test builds. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AsTheClock {

        @Bean
        @Primary
        MovingClock movingClock() {
            return new MovingClock();
        }
    }
}
