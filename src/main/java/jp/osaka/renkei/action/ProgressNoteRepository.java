package jp.osaka.renkei.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressNoteRepository extends JpaRepository<ProgressNote, Long> {

    List<ProgressNote> findByActionIdOrderByDateDescIdDesc(long actionId);

    /** Every note of the actions, newest first per action (the caller keeps the first of each). */
    List<ProgressNote> findByActionIdInOrderByDateDescIdDesc(Collection<Long> actionIds);
}
