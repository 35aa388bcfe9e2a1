package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The sender against {@link RefusingSmtpServer}: a recipient the server refuses fails at once, with the server's
 * reason, and does not hold up the others; a server too slow to answer within JavaMail's timeout costs one attempt,
 * to be retried, instead of hanging the sender.
 */
class RefusedAndSlowTest extends SmtpTestSupport {

    @Test
    void aRefusedRecipientFailsAtOnceWithTheServersReasonAndTheOthersInTheBatchAreStillSent() throws Exception {
        long before = write("before@ward.test", "拒否の前");
        long refused = write("nobody@ward.test", "拒否される宛先");
        long after = write("after@ward.test", "拒否の後");

        try (RefusingSmtpServer server = new RefusingSmtpServer("nobody@ward.test")) {
            MailSender.Run run = sender(server.port(), 8).run().orElseThrow();

            assertThat(run).isEqualTo(new MailSender.Run(2, 0, 1, 0));
            assertThat(server.delivered()).containsExactly("before@ward.test", "after@ward.test");
        }
        MailMessage failed = message(refused);
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getAttempts()).isOne();
        assertThat(failed.getLastError()).startsWith("recipient refused <nobody@ward.test>: 550 5.1.1")
                .contains("User unknown");
        assertThat(List.of(message(before).getStatus(), message(after).getStatus()))
                .containsOnly(MailStatus.SENT);
    }

    @Test
    void aServerTooSlowToAnswerCostsOneAttemptToBeRetriedInsteadOfHangingTheSender() throws Exception {
        long first = write("first@ward.test", "遅いサーバー 1");
        long second = write("second@ward.test", "遅いサーバー 2");

        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.delayReplies(Duration.ofSeconds(3));
            MailSender sender = sender(mailer(server.port(), Duration.ofMillis(300)), 8);

            MailSender.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> sender.run().orElseThrow());

            assertThat(run).as("the second is not tried while the server is this slow")
                    .isEqualTo(new MailSender.Run(0, 1, 0, 1));
            assertThat(server.delivered()).isEmpty();
        }
        assertThat(message(first).getStatus()).isEqualTo(MailStatus.WAITING);
        assertThat(message(first).getAttempts()).isOne();
        assertThat(message(first).getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(message(first).getLastError()).startsWith("SMTP server did not answer in time");
        assertThat(message(second).getAttempts()).isZero();
    }
}
