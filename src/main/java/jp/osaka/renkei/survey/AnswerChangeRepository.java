package jp.osaka.renkei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerChangeRepository extends JpaRepository<AnswerChange, Long> {

    List<AnswerChange> findByResponseIdOrderByChangedAtAscIdAsc(long responseId);

    Optional<AnswerChange> findFirstByResponseIdAndFieldOrderByChangedAtDescIdDesc(long responseId,
            AnswerChange.Field field);
}
