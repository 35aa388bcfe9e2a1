package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.base.JobLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender's claim and its record of the outcome on MariaDB (or MySQL), as they run on the city's database: one
 * claim wins, also when two runs claim at the same moment.
 */
@IntegrationTest
class MailSenderIT {

    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    MailMessageRepository messages;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JobLock lock;

    private final GreenMail smtp = SmtpTestSupport.started(0);
    private final List<Long> written = new ArrayList<>();
    private Long id = 0L;

    @AfterEach
    void cleanUp() {
        smtp.stop();
        messages.deleteAllById(written);
    }

    @Test
    void aWaitingMessageIsClaimedOnceThenSentAndRecordedAsSent() {
        // Written as Outbox writes it while sending is on (the shared IT context has it off, so Outbox would hold it).
        Letter letter = new Letter(MailKind.ROUND_OPENED, "it@ward.test", null, null, Locale.JAPANESE,
                "令和7年度 調査のご案内（IT）", "本文", "<p>本文</p>", null);
        id = messages.save(new MailMessage(letter, MailStatus.WAITING, T)).getId();
        written.add(id);

        assertThat(claimAt(T)).isOne();
        assertThat(claimAt(T)).as("again").isZero();
        assertThat(messages.findDueIds(T.plus(Duration.ofMinutes(1)), Pageable.ofSize(10)))
                .as("not due while claimed").doesNotContain(id);

        Instant claimEnded = T.plus(MailSender.CLAIM);
        MailSender.Run run = sender(Clock.fixed(claimEnded, ZoneOffset.UTC)).run().orElseThrow();

        assertThat(run.sent()).isOne();
        assertThat(SmtpTestSupport.recipients(smtp)).containsExactly("it@ward.test");
        MailMessage sent = messages.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getSentAt()).isEqualTo(claimEnded);
        assertThat(sent.getSubject()).isEqualTo("令和7年度 調査のご案内（IT）");
        assertThat(sent.getVersion()).as("claimed twice, recorded once").isEqualTo(3);
    }

    @Test
    void twoRunsAtOnceOnMariaDbSendEachMessageOnce() throws Exception {
        List<Long> ids = IntStream.range(0, 10).mapToObj(i -> messages.save(new MailMessage(new Letter(MailKind.REMINDER,
                "it" + i + "@ward.test", null, null, Locale.JAPANESE, "催促 " + i, "本文", "<p>本文</p>", null),
                MailStatus.WAITING, T)).getId()).toList();
        written.addAll(ids);
        List<MailSender> senders = List.of(sender(Clock.fixed(T, ZoneOffset.UTC)), sender(Clock.fixed(T, ZoneOffset.UTC)));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<MailSender.Run>> runs = senders.stream().map(sender -> threads.submit(() -> {
                start.await();
                return sender.sendDue(T.plus(Duration.ofHours(1)));
            })).toList();

            assertThat(runs.get(0).get().sent() + runs.get(1).get().sent()).isEqualTo(10);
        } finally {
            threads.shutdownNow();
        }
        assertThat(SmtpTestSupport.recipients(smtp)).hasSize(10).doesNotHaveDuplicates();
        assertThat(messages.findAllById(ids)).extracting(MailMessage::getStatus).containsOnly(MailStatus.SENT);
    }

    private int claimAt(Instant now) {
        Integer claimed = new TransactionTemplate(transactions).execute(s -> messages.claim(id, now, now.plus(MailSender.CLAIM)));
        return claimed == null ? 0 : claimed;
    }

    private MailSender sender(Clock clock) {
        JavaMailSender mailer = SmtpTestSupport.mailer(smtp.getSmtp().getPort(), Duration.ofSeconds(5));
        return new MailSender(messages, SmtpTestSupport.settings(true, 8), lock, transactions, clock,
                new StaticListableBeanFactory(Map.of("mailer", mailer)).getBeanProvider(JavaMailSender.class));
    }
}
