package jp.osaka.renkei.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/**
 * 監査ログ is append-only: this repository can add an entry and read entries, and has no method that
 * changes or deletes one (JpaRepository's would), so no code of the app can.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findAll(Specification<AuditEntry> where, Pageable page);

    List<AuditEntry> findAll(Specification<AuditEntry> where, Sort sort);

    long count(Specification<AuditEntry> where);
}
