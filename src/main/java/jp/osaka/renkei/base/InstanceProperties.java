package jp.osaka.renkei.base;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What this running instance is (renkei.instance-route, renkei.demo-data).
 *
 * @param instanceRoute this instance's short name among several behind a load balancer, appended to session ids
 *                      ({@link InstanceRoute}) and naming the holder of a {@link JobLock}; empty: one instance
 * @param demoData      the demo: sample data and the demo accounts on the first start of an empty database, listed on
 *                      the login page; the demo profile (application-demo.yml) turns it on, never under mysql
 */
@ConfigurationProperties("renkei")
@Validated
public record InstanceProperties(
        @DefaultValue("") @Pattern(regexp = "[a-z0-9-]*", message = "lower-case letters, digits or '-' only")
        String instanceRoute,
        @DefaultValue("false") boolean demoData) {
}
