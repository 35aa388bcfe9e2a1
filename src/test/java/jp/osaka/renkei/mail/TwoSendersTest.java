package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the app on one database, each with a sender of its own (and a connection to the SMTP server of
 * its own), started at the same moment: every message arrives once, whether the job lease keeps one of them out
 * or the two runs overlap (a lease that ended while its run went on).
 */
class TwoSendersTest extends SmtpTestSupport {

    private static final int MESSAGES = 20;

    private GreenMail smtp;

    @BeforeEach
    void startServer() {
        smtp = started(0);
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void twoInstancesRunningTheJobAtOnceSendEachMessageOnce() throws Exception {
        List<Long> ids = writeMessages("lease");

        List<Integer> sent = atOnce(sender -> sender.run().map(MailSender.Run::sent).orElse(0));

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(MESSAGES);
        assertEachArrivedOnce(ids);
    }

    @Test
    void twoRunsWhoseLeasesOverlapStillSendEachMessageOnce() throws Exception {
        List<Long> ids = writeMessages("overlap");
        Instant noLimit = clock.instant().plus(Duration.ofHours(1));

        List<Integer> sent = atOnce(sender -> sender.sendDue(noLimit).sent());

        assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(MESSAGES);
        assertEachArrivedOnce(ids);
    }

    @Test
    void aClaimedMessageCannotBeClaimedAgainUntilTheClaimEnds() {
        long id = write("claimed@ward.test", "二重送信なし");
        Instant now = clock.instant();

        assertThat(claim(id, now)).as("first claim").isOne();
        assertThat(claim(id, now)).as("the same moment, another run").isZero();
        assertThat(claim(id, now.plus(MailSender.CLAIM).minusSeconds(1))).as("while it lasts").isZero();
        assertThat(claim(id, now.plus(MailSender.CLAIM))).as("once it has ended (the sender crashed)").isOne();
    }

    private int claim(long id, Instant now) {
        return new TransactionTemplate(transactions).execute(status -> messages.claim(id, now, now.plus(MailSender.CLAIM)));
    }

    private List<Long> writeMessages(String name) {
        return IntStream.range(0, MESSAGES).mapToObj(i -> write(name + i + "@ward.test", name + " " + i)).toList();
    }

    /** Runs the work with two senders, each in a thread of its own, released at the same moment. */
    private List<Integer> atOnce(Function<MailSender, Integer> work) throws Exception {
        List<MailSender> senders = List.of(sender(smtp.getSmtp().getPort(), 8), sender(smtp.getSmtp().getPort(), 8));
        CyclicBarrier start = new CyclicBarrier(senders.size());
        ExecutorService threads = Executors.newFixedThreadPool(senders.size());
        try {
            List<Future<Integer>> results = senders.stream().map(sender -> threads.submit(() -> {
                start.await();
                return work.apply(sender);
            })).toList();
            return List.of(results.get(0).get(), results.get(1).get());
        } finally {
            threads.shutdownNow();
        }
    }

    private void assertEachArrivedOnce(List<Long> ids) {
        assertThat(recipients(smtp)).hasSize(MESSAGES).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> {
            assertThat(message(id).getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(message(id).getAttempts()).isOne();
        });
    }
}
