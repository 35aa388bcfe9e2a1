package jp.osaka.renkei.survey;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    Optional<Reminder> findFirstByRoundIdAndWardIdAndRespondentTypeOrderBySentAtDesc(long roundId, long wardId,
            RespondentType respondentType);

    boolean existsByRoundIdAndWardIdAndRespondentTypeAndSentAtGreaterThanEqual(long roundId, long wardId,
            RespondentType respondentType, Instant since);
}
