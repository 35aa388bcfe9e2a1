package jp.osaka.renkei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoundRepository extends JpaRepository<Round, Long> {

    /** With its comparison round, which every {@code RoundSummary} names: one query, not two. */
    @Query("select r from Round r left join fetch r.comparisonRound where r.fiscalYear = :fiscalYear")
    Optional<Round> findByFiscalYear(@Param("fiscalYear") int fiscalYear);

    List<Round> findAllByOrderByFiscalYearDesc();

    Optional<Round> findFirstByStatusOrderByFiscalYearDesc(RoundStatus status);

    List<Round> findByStatus(RoundStatus status);
}
