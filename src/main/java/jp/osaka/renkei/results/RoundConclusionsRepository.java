package jp.osaka.renkei.results;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundConclusionsRepository extends JpaRepository<RoundConclusions, Long> {

    Optional<RoundConclusions> findByRoundId(long roundId);
}
