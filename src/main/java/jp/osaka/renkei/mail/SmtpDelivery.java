package jp.osaka.renkei.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Hands one outbox message to the SMTP server: multipart/alternative (plain text, then HTML) in UTF-8, From the
 * configured sender, with a Message-ID made from the message's id and creation time, so that every attempt at the
 * same message carries the same one and a receiving server can recognise a copy.
 */
final class SmtpDelivery {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailer;
    private final String from;
    private final Clock clock;

    SmtpDelivery(JavaMailSender mailer, String from, Clock clock) {
        this.mailer = mailer;
        this.from = from;
        this.clock = clock;
    }

    /** Sends the message; empty when the server accepted it, else why not. */
    Optional<SmtpFailure> send(MailMessage message) {
        try {
            mailer.send(mime(message));
            return Optional.empty();
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty() && e.getCause() != null && e.getMessageExceptions().length == 0
                    && String.valueOf(e.getMessage()).contains("after message sending")) {
                return Optional.empty(); // accepted; only closing the connection (QUIT) failed afterwards
            }
            return Optional.of(SmtpFailure.of(e));
        } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
            return Optional.of(SmtpFailure.of(e));
        }
    }

    MimeMessage mime(MailMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mailer.createMimeMessage();
        mime.setFrom(sender());
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Content-Language", message.getLanguage().getLanguage());
        mime.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies to Renkei
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getText(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtml(), UTF_8, "html");
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.saveChanges();
        // Set after saveChanges, which would make a new one; Spring's JavaMailSenderImpl keeps an explicit Message-ID.
        mime.setHeader("Message-ID", messageId(message, domain(sender())));
        return mime;
    }

    static String messageId(MailMessage message, String domain) {
        return "<renkei." + Objects.requireNonNull(message.getId()) + "." + message.getCreatedAt().toEpochMilli() + "@"
                + domain + ">";
    }

    /** renkei.mail.from, which may carry a display name (e.g. 大阪市 在宅医療・介護連携 &lt;renkei@…&gt;). */
    private InternetAddress sender() throws MessagingException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(from, true);
        @Nullable String name = parsed.getPersonal();
        return name == null ? parsed : new InternetAddress(parsed.getAddress(), name, UTF_8);
    }

    private static String domain(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.indexOf('@') + 1);
    }
}
