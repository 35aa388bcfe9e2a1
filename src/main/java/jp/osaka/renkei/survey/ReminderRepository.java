package jp.osaka.renkei.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    Optional<Reminder> findFirstByRoundIdAndWardIdAndRespondentTypeOrderBySentAtDesc(long roundId, long wardId,
            RespondentType respondentType);

    /** Who of a round was reminded since a moment, in one query. */
    @Query("select new jp.osaka.renkei.survey.WardType(r.wardId, r.respondentType) from Reminder r "
            + "where r.roundId = :roundId and r.sentAt >= :since")
    List<WardType> findRemindedSince(@Param("roundId") long roundId, @Param("since") Instant since);
}
