package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;

import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The running app as configured, with scheduling on: a mail written to the outbox reaches the SMTP server that
 * spring.mail names, through the app's own JavaMailSender, on the sender's next run (every 200 ms here).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:mailscheduled;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "renkei.mail.enabled=true",
        "renkei.mail.interval=200ms",
        "renkei.mail.from=renkei@renkei.test"})
class ScheduledSendingTest {

    private static final GreenMail SMTP = SmtpTestSupport.started(0);

    @Autowired
    Outbox outbox;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    @Test
    void aMailWrittenToTheOutboxIsSentByTheScheduledSenderThroughTheConfiguredServer() {
        Letter letter = new Letter(MailKind.ROUND_OPENED, "scheduled@ward.test", null, null, Locale.JAPANESE,
                "調査開始のお知らせ", "本文", "<p>本文</p>", null);
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.add(letter));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).as("received within 10 s").isTrue();
        assertThat(SmtpTestSupport.recipients(SMTP)).containsExactly("scheduled@ward.test");
    }
}
