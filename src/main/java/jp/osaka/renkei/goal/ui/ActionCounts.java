package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.List;

import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.goal.LinkedActions;

/** A goal's section of linked actions: how many there are in each status. */
class ActionCounts extends Div {

    ActionCounts(long goalId, List<LinkedActions.StatusCount> counts) {
        addClassName("goal-section");
        setId("goal-actions-" + goalId);
        long total = counts.stream().mapToLong(LinkedActions.StatusCount::count).sum();
        add(new H3(getTranslation("goal.actions.total", total)));
        Div badges = new Div();
        badges.addClassName("goal-status-counts");
        for (LinkedActions.StatusCount count : counts) {
            var badge = StatusBadge.create(getTranslation("goal.actions.count", getTranslation(count.statusKey()),
                    count.count()), "DONE".equals(count.status()) ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.NEUTRAL);
            badge.setId("goal-" + goalId + "-count-" + count.status());
            badges.add(badge);
        }
        add(badges);
    }
}
