package jp.osaka.renkei.goal;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface KpiRepository extends JpaRepository<Kpi, Long> {

    @EntityGraph(attributePaths = {"partnerIds", "levels"})
    List<Kpi> findAllByOrderByGoalIdAscSortOrderAsc();

    List<Kpi> findByGoalIdOrderBySortOrderDesc(long goalId);
}
