package jp.osaka.renkei.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerChangeRepository extends JpaRepository<AnswerChange, Long> {

    List<AnswerChange> findByResponseIdOrderByChangedAtAscIdAsc(long responseId);

    Optional<AnswerChange> findFirstByResponseIdAndFieldOrderByChangedAtDescIdDesc(long responseId,
            AnswerChange.Field field);

    /** One field's changes of many responses at once, oldest first (差し戻し中 of a whole round). */
    List<AnswerChange> findByFieldAndResponseIdInOrderByChangedAtAscIdAsc(AnswerChange.Field field,
            Collection<Long> responseIds);
}
