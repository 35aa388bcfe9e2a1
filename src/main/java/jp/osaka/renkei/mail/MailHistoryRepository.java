package jp.osaka.renkei.mail;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** 送信履歴's queries: rows as records, with the user's display name, in one query each. */
interface MailHistoryRepository extends Repository<MailMessage, Long> {

    String ROW = "select new jp.osaka.renkei.mail.MailRow(m.id, m.version, m.createdAt, m.kind, m.recipient,"
            + " m.recipientUser, u.displayName, m.wardId, m.subject, m.status, m.attempts, m.lastError, m.sentAt)";
    String FROM = " from MailMessage m left join AppUser u on u.username = m.recipientUser";
    String FILTER = " where (:kind is null or m.kind = :kind) and (:wardId is null or m.wardId = :wardId)"
            + " and (:pattern = '' or lower(m.recipient) like :pattern escape '!'"
            + " or lower(m.subject) like :pattern escape '!'"
            + " or lower(coalesce(m.recipientUser, '')) like :pattern escape '!'"
            + " or lower(coalesce(u.displayName, '')) like :pattern escape '!')";
    String STATUS = " and (:status is null or m.status = :status)";

    @Query(ROW + FROM + FILTER + STATUS + " order by m.createdAt desc, m.id desc")
    List<MailRow> find(@Nullable MailStatus status, @Nullable MailKind kind, @Nullable Long wardId, String pattern,
            Pageable page);

    @Query("select count(m)" + FROM + FILTER + STATUS)
    long count(@Nullable MailStatus status, @Nullable MailKind kind, @Nullable Long wardId, String pattern);

    /** Status and count, for every status that has messages under the other filters. */
    @Query("select m.status, count(m)" + FROM + FILTER + " group by m.status")
    List<Object[]> countByStatus(@Nullable MailKind kind, @Nullable Long wardId, String pattern);

    @Query(ROW + FROM + " where m.id = :id")
    Optional<MailRow> findRow(long id);

    Optional<MailMessage> findById(long id);
}
