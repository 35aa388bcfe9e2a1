package jp.osaka.renkei.action;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    @Query("""
            select a.goalId as goalId, a.status as status, count(a) as actions from Action a
            where a.goalId is not null and (:wardId is null or a.wardId is null or a.wardId = :wardId)
            group by a.goalId, a.status""")
    List<GoalStatusCount> countByGoalAndStatus(@Param("wardId") @Nullable Long wardId);

    /** The names of the owners without an account of the actions in a ward user's scope (null: every action). */
    @Query("""
            select distinct a.ownerName from Action a
            where a.ownerName is not null and (:scope is null or a.wardId is null or a.wardId = :scope)
            order by a.ownerName""")
    List<String> findOwnerNames(@Param("scope") @Nullable Long scope);

    /** A row of {@link #countByGoalAndStatus}. */
    interface GoalStatusCount {
        long getGoalId();

        ActionStatus getStatus();

        long getActions();
    }
}
