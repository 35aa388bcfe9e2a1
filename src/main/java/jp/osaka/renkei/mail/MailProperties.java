package jp.osaka.renkei.mail;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of e-mail (renkei.mail.*); the SMTP server itself is Spring Boot's spring.mail.*.
 *
 * @param enabled     send through the SMTP server; false (the embedded default): every message is only recorded in
 *                    送信履歴 as 送信しない設定
 * @param from        the sender address (From)
 * @param publicUrl   the address users open Renkei at, for the links in mails (e.g. https://renkei.city.osaka.lg.jp)
 * @param batchSize   messages sent per run of the sender
 * @param interval    how often the sender looks for messages to send
 * @param firstRetry  the wait after the first failure that may pass; doubled after each further one ...
 * @param maxRetry    ... up to this
 * @param maxAttempts attempts before a message counts as 送信失敗
 * @param dueSoonDays 期限が近い取組み: the owner gets a mail this many days before the due date
 * @param dueCron     when, each day (in renkei.reminders.zone), the mails about actions due soon or overdue are
 *                    written (second minute hour day month weekday)
 */
@ConfigurationProperties("renkei.mail")
@Validated
public record MailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("renkei@localhost") @NotBlank String from,
        @DefaultValue("http://localhost:8080") @NotBlank String publicUrl,
        @DefaultValue("50") @Min(1) int batchSize,
        @DefaultValue("30s") Duration interval,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("7") @Min(0) int dueSoonDays,
        @DefaultValue("0 0 8 * * *") String dueCron) {

    public MailProperties {
        if (!CronExpression.isValidExpression(dueCron)) {
            throw new IllegalArgumentException("renkei.mail.due-cron: not a cron expression of six fields "
                    + "(second minute hour day month weekday): " + dueCron);
        }
    }

    /** The public address without a trailing slash, to append paths such as /answer/2025/ward-office to. */
    public String baseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
