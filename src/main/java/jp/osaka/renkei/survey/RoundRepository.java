package jp.osaka.renkei.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRepository extends JpaRepository<Round, Long> {

    Optional<Round> findByFiscalYear(int fiscalYear);

    List<Round> findAllByOrderByFiscalYearDesc();

    Optional<Round> findFirstByStatusOrderByFiscalYearDesc(RoundStatus status);
}
