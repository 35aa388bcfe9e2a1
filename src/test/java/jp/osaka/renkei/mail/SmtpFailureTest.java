package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.ReflectionTestUtils;

/** What each kind of SMTP trouble means for a message: failed at once, or tried again (and whether now or next run). */
class SmtpFailureTest {

    @Test
    void aRecipientRefusedWith5xxFailsAtOnceWithTheServersReply() throws Exception {
        SendFailedException refused = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <x@ward.test>: User unknown"), new Address[0], new Address[0],
                new Address[] { new InternetAddress("x@ward.test") });

        assertThat(SmtpFailure.of(send(refused)))
                .isEqualTo(new SmtpFailure(true, false, "recipient refused <x@ward.test>: 550 5.1.1 <x@ward.test>: User unknown"));
    }

    @Test
    void aRecipientPutOffWith4xxIsTriedAgainWithoutStoppingTheOthers() throws Exception {
        SendFailedException later = new SendFailedException("Invalid Addresses",
                new MessagingException("452 4.2.2 Mailbox full"), new Address[0],
                new Address[] { new InternetAddress("x@ward.test") }, new Address[0]);

        assertThat(SmtpFailure.of(send(later))).isEqualTo(new SmtpFailure(false, false, "temporarily refused: 452 4.2.2 Mailbox full"));
    }

    @Test
    void aMessageRefusedWith5xxAfterDataFailsAtOnce() {
        assertThat(SmtpFailure.of(send(new MessagingException("554 5.7.1 Message rejected as spam"))).permanent()).isTrue();
    }

    @Test
    void authenticationTroubleAndAnUnreachableServerAreTriedAgainAndStopTheRun() {
        SmtpFailure badLogin = SmtpFailure.of(new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8 Bad credentials")));
        SmtpFailure loginRequired = SmtpFailure.of(send(new MessagingException("530 5.7.0 Authentication required")));
        SmtpFailure down = SmtpFailure.of(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))));

        assertThat(badLogin).isEqualTo(new SmtpFailure(false, true, "SMTP authentication failed: 535 5.7.8 Bad credentials"));
        assertThat(loginRequired.permanent()).isFalse();
        assertThat(loginRequired.serverTrouble()).isTrue();
        assertThat(down).isEqualTo(new SmtpFailure(false, true, "SMTP server not reachable: Connection refused"));
    }

    @Test
    void aMessageAcceptedBeforeClosingTheConnectionFailedCountsAsSent() {
        JavaMailSenderImpl quitFails = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage message) {
                throw new MailSendException("Failed to close server connection after message sending",
                        new MessagingException("421 closing"));
            }
        };
        MailMessage message = new MailMessage(new Letter(MailKind.REMINDER, "x@ward.test", null, null, Locale.JAPANESE,
                "件名", "本文", "<p>本文</p>", null), MailStatus.WAITING, Instant.EPOCH);
        ReflectionTestUtils.setField(message, "id", 7L);

        assertThat(new SmtpDelivery(quitFails, "renkei@renkei.test", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .send(message)).isEmpty();
    }

    /** As Spring's JavaMailSenderImpl reports a message the server did not take. */
    private static MailSendException send(Exception cause) {
        return new MailSendException(Map.of(new Object(), cause));
    }
}
