package jp.osaka.renkei.load;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The soak's mail: an SMTP server (GreenMail) in the soak's JVM that the app sends to, with sending on and a short
 * interval, so that the outbox is written (調査の開始, 差し戻し) and emptied all through the run; after each cycle,
 * what the outbox holds and what arrived, and any message that arrived twice.
 */
final class SoakMail implements AutoCloseable {

    private final GreenMail server;

    SoakMail() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    /** The app's settings that send to this server. */
    List<String> appArguments() {
        return List.of("--renkei.mail.enabled=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + server.getSmtp().getPort(), "--renkei.mail.interval=5s");
    }

    /** What the outbox and the server hold now. */
    Count count(JdbcTemplate jdbc) {
        long written = jdbc.queryForObject("select count(*) from mail_message", Long.class);
        long sent = jdbc.queryForObject("select count(*) from mail_message where status = 'SENT'", Long.class);
        long failed = jdbc.queryForObject("select count(*) from mail_message where status = 'FAILED'", Long.class);
        MimeMessage[] received = server.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        int twice = 0;
        for (MimeMessage message : received) {
            try {
                if (!ids.add(message.getMessageID())) {
                    twice++;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Count(written, sent, failed, received.length, twice);
    }

    /** Outbox rows written, sent and failed; messages the server received, and how many of them were copies. */
    record Count(long written, long sent, long failed, long received, long twice) {

        /** The columns of soak.csv. */
        String csv() {
            return written + "," + sent + "," + failed + "," + received + "," + twice;
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
