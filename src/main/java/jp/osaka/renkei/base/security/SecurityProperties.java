package jp.osaka.renkei.base.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings an operator may change (renkei.security.*).
 *
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param maxSessionsPerUser signed-in sessions a user may have at once; a sign-in beyond ends their oldest
 *        session (0: no limit)
 * @param newSessionsPerAddress new sessions one client address may open in a minute before it is answered 429
 *        (0: no bound); sessions already signed in are not affected
 * @param maxUisPerSession open UIs (tabs, reloads) a session keeps; opening one more closes the oldest
 */
@ConfigurationProperties("renkei.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("0") int maxSessionsPerUser,
        @DefaultValue("60") int newSessionsPerAddress,
        @DefaultValue("20") int maxUisPerSession) {
}
