package jp.osaka.renkei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

    @Query("""
            select distinct i from Instrument i
            left join fetch i.items item left join fetch item.partner
            where i.round.id = :roundId and i.respondentType = :type""")
    Optional<Instrument> findWithItems(@Param("roundId") long roundId, @Param("type") RespondentType type);

    @Query("""
            select distinct i from Instrument i
            left join fetch i.items item left join fetch item.partner
            where i.round.id = :roundId""")
    List<Instrument> findAllWithItems(@Param("roundId") long roundId);
}
