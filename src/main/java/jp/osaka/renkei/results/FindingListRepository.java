package jp.osaka.renkei.results;

import java.util.Optional;

import jp.osaka.renkei.survey.RespondentType;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingListRepository extends JpaRepository<FindingList, Long> {

    Optional<FindingList> findByRoundIdAndRespondentType(long roundId, RespondentType respondentType);
}
