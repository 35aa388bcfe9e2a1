package jp.osaka.renkei.goal;

import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/** A goal as screens show it. */
public record GoalSummary(long id, long version, LocalizedText title, @Nullable String description, int sortOrder) {

    static GoalSummary of(Goal goal) {
        return new GoalSummary(goal.getId(), goal.getVersion(), goal.getTitle(), goal.getDescription(),
                goal.getSortOrder());
    }
}
