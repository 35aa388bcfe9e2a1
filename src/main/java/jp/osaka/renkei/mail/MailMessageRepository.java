package jp.osaka.renkei.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    /** The ids of the messages due to be sent, oldest first. */
    @Query("select m.id from MailMessage m where m.status = jp.osaka.renkei.mail.MailStatus.WAITING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> findDueIds(Instant now, Pageable page);
}
