package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sender against GreenMail, a real SMTP server in this JVM: what arrives, and that it arrives once. */
class MailSenderTest extends SmtpTestSupport {

    private @Nullable GreenMail smtp;

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aDeliveredMessageHasPlainTextAndHtmlInUtf8AndItsJapaneseSubjectIntact() throws Exception {
        long id = write("kuyakusho@ward.test", "【連携】令和7年度 調査のご案内");
        smtp = started(0);

        assertThat(sender(smtp.getSmtp().getPort(), 8).run()).hasValueSatisfying(run -> assertThat(run.sent()).isOne());

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("【連携】令和7年度 調査のご案内");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("連携推進");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("kuyakusho@ward.test");
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(0).getContent()).asString().contains("本文です。").doesNotContain("<p>");
        assertThat(parts.getBodyPart(1).getContentType()).containsIgnoringCase("text/html");
        assertThat(parts.getBodyPart(1).getContent()).asString().contains("<p>本文です。</p>");
        assertThat(received.getMessageID()).isEqualTo(SmtpDelivery.messageId(message(id), "renkei.test"));
        MailMessage sent = message(id);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getSentAt()).isEqualTo(clock.instant());
        assertThat(sent.getAttempts()).isOne();
    }

    @Test
    void whenTheServerIsDownTheMessagesWaitAndOnceItIsUpEachArrivesExactlyOnce() throws Exception {
        List<Long> ids = IntStream.range(0, 3).mapToObj(i -> write("ward" + i + "@ward.test", "停止中 " + i)).toList();
        int port = freePort();
        MailSender sender = sender(port, 8);

        assertThat(sender.run()).hasValueSatisfying(run -> assertThat(run.retrying()).as("one tried, then stopped").isOne());
        assertThat(ids).allSatisfy(id -> assertThat(message(id).getStatus()).isEqualTo(MailStatus.WAITING));
        assertThat(ids.stream().mapToInt(id -> message(id).getAttempts()).sum()).isOne();
        assertThat(ids.stream().map(id -> message(id).getLastError()).filter(e -> e != null))
                .singleElement().asString().contains("not reachable");

        smtp = started(port);
        assertThat(sender.run()).hasValueSatisfying(run -> assertThat(run.sent()).as("the other two").isEqualTo(2));
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.run()).hasValueSatisfying(run -> assertThat(run.sent()).as("the one tried").isOne());
        clock.advance(Duration.ofHours(2));
        assertThat(sender.run()).hasValueSatisfying(run -> assertThat(run.sent()).isZero());

        assertThat(recipients(smtp)).containsExactlyInAnyOrder("ward0@ward.test", "ward1@ward.test", "ward2@ward.test");
        assertThat(ids).allSatisfy(id -> assertThat(message(id).getStatus()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void messagesWrittenWhileSendingWasOffAreNeverSent() throws Exception {
        Letter letter = new Letter(MailKind.REMINDER, "held@ward.test", null, null, Locale.JAPANESE, "保留", "本文",
                "<p>本文</p>", null);
        long held = messages.save(new MailMessage(letter, MailStatus.HELD, clock.instant())).getId();
        smtp = started(0);

        assertThat(sender(smtp.getSmtp().getPort(), 8).run()).hasValue(new MailSender.Run(0, 0, 0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(message(held).getStatus()).isEqualTo(MailStatus.HELD);
    }

    @Test
    void afterEachFailureTheWaitDoublesAndTheLastAllowedAttemptEndsInFailed() throws Exception {
        long id = write("ward@ward.test", "再試行");
        MailSender sender = sender(freePort(), 4);

        for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4))) {
            sender.run();
            assertThat(message(id).getStatus()).isEqualTo(MailStatus.WAITING);
            assertThat(message(id).getNextAttemptAt()).isEqualTo(clock.instant().plus(wait));
            clock.advance(wait.minusSeconds(1));
            assertThat(sender.run()).as("not due yet").hasValueSatisfying(run -> assertThat(run.retrying()).isZero());
            clock.advance(Duration.ofSeconds(1));
        }
        sender.run();

        assertThat(message(id).getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(message(id).getAttempts()).isEqualTo(4);
        assertThat(message(id).getLastError()).contains("not reachable");
    }
}
