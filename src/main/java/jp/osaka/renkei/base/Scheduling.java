package jp.osaka.renkei.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work (e.g. the automatic reminders) in the running app; tests switch it off
 * ({@code renkei.scheduling.enabled=false}) unless they start it themselves. Each job takes a {@link JobLock}, so
 * that it runs once however many instances share the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "renkei.scheduling.enabled", matchIfMissing = true)
class Scheduling {
}
