package jp.osaka.renkei.base.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings an operator may change (renkei.security.*).
 *
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("renkei.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout) {
}
