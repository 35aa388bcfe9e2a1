package jp.osaka.renkei.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails to the outbox in the transaction of the change that causes them (MANDATORY: never on its own), so
 * that a change and its mails are saved together or not at all; the sender takes them from there.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MailMessageRepository messages;
    private final MailProperties properties;
    private final Clock clock;

    Outbox(MailMessageRepository messages, MailProperties properties, Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Adds the letter, unless one with its dedupe key exists already; returns whether it was added. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean add(Letter letter) {
        if (letter.dedupeKey() != null && messages.existsByDedupeKey(letter.dedupeKey())) {
            log.debug("{} already in the outbox, not added again", letter.dedupeKey());
            return false;
        }
        MailStatus status = properties.enabled() ? MailStatus.WAITING : MailStatus.HELD;
        messages.save(new MailMessage(letter, status, clock.instant()));
        return true;
    }
}
