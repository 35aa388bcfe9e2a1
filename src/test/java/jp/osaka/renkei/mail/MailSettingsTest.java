package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** The SMTP settings as config/application.yml and the built-in ones give them, and the sender's back-off. */
class MailSettingsTest extends SmtpTestSupport {

    @Autowired
    JavaMailSender appMailer;
    @Autowired
    MailProperties properties;

    @Test
    void theAppsSmtpServerComesFromTheOperatorSettingsWithTimeoutsSoThatASlowServerCannotHangTheSender() {
        JavaMailSenderImpl mailer = (JavaMailSenderImpl) appMailer;

        assertThat(mailer.getHost()).isEqualTo("localhost");
        assertThat(mailer.getPort()).isEqualTo(25);
        assertThat(mailer.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "10000").containsEntry("mail.smtp.writetimeout", "10000")
                .containsEntry("mail.smtp.auth", "false").containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.starttls.required", "false").doesNotContainKey("mail.smtp.ssl.enable");
        assertThat(properties.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.maxAttempts()).isEqualTo(8);
    }

    @Test
    void theWaitDoublesFromTheFirstRetryUpToTheLongest() {
        MailSender sender = sender(0, 8);

        List<Duration> waits = IntStream.rangeClosed(1, 9).mapToObj(sender::backoff).toList();

        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void theSenderRunsEveryIntervalWhileSendingIsOnAndNotAtAllWhileItIsOff() {
        ScheduledTaskRegistrar on = new ScheduledTaskRegistrar();
        sender(0, 8).configureTasks(on);
        ScheduledTaskRegistrar off = new ScheduledTaskRegistrar();
        new MailSender(messages, settings(false, 8), lock, transactions, clock,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class)).configureTasks(off);

        assertThat(on.getFixedDelayTaskList()).singleElement().extracting(task -> task.getIntervalDuration())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(off.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void sendingSwitchedOnWithoutAnSmtpServerStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new MailSender(messages, properties, lock, transactions, clock,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SMTP_HOST");
    }
}
