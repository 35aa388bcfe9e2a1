package jp.osaka.renkei.results;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.survey.RespondentType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Optimistic locking of a 所見 list as a whole ({@link FindingList}): the version a screen shows, and the check
 * that an edit still meets the list its administrator saw.
 */
@Component
class FindingVersions {

    private final FindingListRepository lists;
    private final EntityManager entityManager;

    FindingVersions(FindingListRepository lists, EntityManager entityManager) {
        this.lists = lists;
        this.entityManager = entityManager;
    }

    long current(long roundId, RespondentType type) {
        return lists.findByRoundIdAndRespondentType(roundId, type).map(FindingList::getVersion).orElse(0L);
    }

    /**
     * Refuses the edit ("findings.stale") when the list changed since the administrator read {@code expected};
     * else the list's version goes up with the edit. The database's own check ({@code where version = ?}), and
     * the unique key for a list's first edit, let only one of two edits at the same moment through; the second
     * first edit is refused here like a stale one.
     */
    void changing(long roundId, RespondentType type, long expected) {
        FindingList list = lists.findByRoundIdAndRespondentType(roundId, type)
                .orElseGet(() -> firstEdit(roundId, type));
        if (list.getVersion() != expected) {
            throw new DomainException("findings.stale");
        }
        entityManager.lock(list, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** The list's row, written by its first edit. */
    private FindingList firstEdit(long roundId, RespondentType type) {
        try {
            // A row inserted in this transaction is locked for writing, which a forced increment does not raise:
            // read it afresh, so that the list's first edit raises its version from 0 like every later one.
            entityManager.detach(lists.saveAndFlush(new FindingList(roundId, type)));
        } catch (DataIntegrityViolationException anotherFirstEdit) {
            // someone else's first edit of the same list came first (the unique key): the list has changed
            throw new DomainException("findings.stale");
        }
        return lists.findByRoundIdAndRespondentType(roundId, type).orElseThrow();
    }
}
