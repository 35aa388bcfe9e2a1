package jp.osaka.renkei.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jp.osaka.renkei.base.JobLock;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app on an H2 database of its own with sending on and nothing scheduled: tests write messages through the
 * {@link Outbox} as the app does and run {@link MailSender}s they build against an SMTP server in this JVM, with a
 * clock they move instead of waiting.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(MovingClock.AsTheClock.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:mailsender;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "renkei.scheduling.enabled=false",
        "renkei.mail.enabled=true"})
abstract class SmtpTestSupport {

    static final String FROM = "連携推進 <renkei@renkei.test>";

    @Autowired
    Outbox outbox;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JobLock lock;
    @Autowired
    MovingClock clock;

    @BeforeEach
    void emptyOutbox() {
        messages.deleteAll();
    }

    /** Writes a message as a trigger would, in a transaction; returns its id. */
    long write(String recipient, String subject) {
        Letter letter = new Letter(MailKind.REMINDER, recipient, null, null, Locale.JAPANESE, subject,
                subject + "\n本文です。", "<p>" + subject + "</p><p>本文です。</p>", null);
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.add(letter));
        return messages.findAll().stream().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow()
                .getId();
    }

    MailMessage message(long id) {
        return messages.findById(id).orElseThrow();
    }

    MailSender sender(int port, int maxAttempts) {
        return sender(mailer(port, Duration.ofSeconds(5)), maxAttempts);
    }

    MailSender sender(JavaMailSender mailer, int maxAttempts) {
        return new MailSender(messages, settings(true, maxAttempts), lock, transactions, clock,
                new StaticListableBeanFactory(Map.of("mailer", mailer)).getBeanProvider(JavaMailSender.class));
    }

    /** renkei.mail.* as by default, but with sending on or off and the given attempts. */
    static MailProperties settings(boolean enabled, int maxAttempts) {
        return new MailProperties(enabled, FROM, "http://localhost:8080", 50, Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofHours(1), maxAttempts, 7, "0 0 8 * * *");
    }

    static JavaMailSenderImpl mailer(int port, Duration timeout) {
        JavaMailSenderImpl mailer = new JavaMailSenderImpl();
        mailer.setHost("127.0.0.1");
        mailer.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
        properties.setProperty("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
        mailer.setJavaMailProperties(properties);
        return mailer;
    }

    /** A port on which nothing listens (yet). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** GreenMail, a real SMTP server in this JVM, on the given port, or on any free one (0). */
    static GreenMail started(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        server.start();
        return server;
    }

    /** The recipient of each message the server received. */
    static List<String> recipients(GreenMail server) {
        return Arrays.stream(server.getReceivedMessages()).map(message -> {
            try {
                return message.getAllRecipients()[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
