package jp.osaka.renkei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResponseRepository extends JpaRepository<Response, Long> {

    @Query("""
            select distinct r from Response r left join fetch r.ratings rating
            left join fetch rating.item item left join fetch item.partner
            where r.round.id = :roundId and r.wardId = :wardId and r.respondentType = :type""")
    Optional<Response> findWithRatings(@Param("roundId") long roundId, @Param("wardId") long wardId,
            @Param("type") RespondentType type);

    /** A round's submitted responses with their ratings and items, in one query (the answers export). */
    @Query("""
            select distinct r from Response r join fetch r.ratings rating join fetch rating.item item
            where r.round.id = :roundId and r.status = jp.osaka.renkei.survey.ResponseStatus.SUBMITTED""")
    List<Response> findSubmittedWithRatings(@Param("roundId") long roundId);

    /** Which wards have submitted which respondent type's response to a round, in one query. */
    @Query("""
            select new jp.osaka.renkei.survey.WardType(r.wardId, r.respondentType) from Response r
            where r.round.id = :roundId and r.status = jp.osaka.renkei.survey.ResponseStatus.SUBMITTED""")
    List<WardType> findSubmitted(@Param("roundId") long roundId);

    List<Response> findByRoundIdAndWardId(long roundId, long wardId);

    List<Response> findByRoundId(long roundId);

    @Query("select r.status from Response r where r.round.id = :roundId and r.wardId = :wardId and r.respondentType = :type")
    Optional<ResponseStatus> findStatus(@Param("roundId") long roundId, @Param("wardId") long wardId,
            @Param("type") RespondentType type);

    @Query("""
            select r.respondentType as type, r.status as status, count(r) as responses
            from Response r where r.round.id = :roundId group by r.respondentType, r.status""")
    List<StatusCount> countByStatus(@Param("roundId") long roundId);

    /** A row of {@link #countByStatus}. */
    interface StatusCount {
        RespondentType getType();

        ResponseStatus getStatus();

        long getResponses();
    }
}
