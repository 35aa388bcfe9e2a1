package jp.osaka.renkei.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    /** The ids of the messages due to be sent, oldest first. */
    @Query("select m.id from MailMessage m where m.status = jp.osaka.renkei.mail.MailStatus.WAITING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDueIds(Instant now, Pageable page);

    /**
     * Claims a message for one attempt: only if it is still waiting and due, its next attempt moves to {@code until},
     * so that no other run (another instance, or a run whose lease overlaps this one) takes it meanwhile. One
     * conditional UPDATE, so of two runs claiming at the same moment exactly one gets 1.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MailMessage m set m.nextAttemptAt = :until, m.version = m.version + 1 where m.id = :id"
            + " and m.status = jp.osaka.renkei.mail.MailStatus.WAITING and m.nextAttemptAt <= :now")
    int claim(long id, Instant now, Instant until);
}
