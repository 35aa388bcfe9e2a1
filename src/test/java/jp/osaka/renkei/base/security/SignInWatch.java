package jp.osaka.renkei.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/** For sign-in tests: a clock the test moves, and the app's password encoder noting every hash it checks. */
@TestConfiguration(proxyBeanMethods = false)
public class SignInWatch {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    static BeanPostProcessor countingPasswordEncoder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof PasswordEncoder encoder && !(bean instanceof CountingEncoder)
                        ? new CountingEncoder(encoder) : bean;
            }
        };
    }

    /** A clock that stands still until the test moves it; on a whole second, which every database stores exactly. */
    public static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** The app's password encoder, noting every stored hash a password is checked against. */
    public static final class CountingEncoder implements PasswordEncoder {

        public final List<String> checkedHashes = java.util.Collections.synchronizedList(new ArrayList<>());
        private final PasswordEncoder delegate;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checkedHashes.add(encodedPassword);
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
