package jp.osaka.renkei.results;

import java.util.List;

import jp.osaka.renkei.survey.RespondentType;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByRoundIdAndRespondentTypeOrderByPosition(long roundId, RespondentType respondentType);

    long deleteByRoundIdAndRespondentType(long roundId, RespondentType respondentType);
}
