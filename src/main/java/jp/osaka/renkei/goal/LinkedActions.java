package jp.osaka.renkei.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The actions (取組み) linked to goals, as the goal pages show them, within what the signed-in user
 * may read. Implemented by the action feature, so that goals do not depend on it (actions link to goals).
 */
public interface LinkedActions {

    /** Per goal id: how many linked actions there are in each status, in the statuses' order. */
    Map<Long, List<StatusCount>> countsByGoal();

    /** The actions linked to one goal, each with its latest progress note. */
    List<LinkedAction> linkedTo(long goalId);

    /** A number of actions in one status; {@code statusKey} is the status's message key. */
    record StatusCount(String status, String statusKey, long count) {
    }

    /** One linked action; ward is null for a city-wide action; the latest note may be missing. */
    record LinkedAction(long id, String title, @Nullable Long wardId, String status, String statusKey,
            boolean overdue, LocalDate dueDate, @Nullable LatestNote latestNote) {
    }

    /** The newest progress note of an action: its date, author's display name and text. */
    record LatestNote(LocalDate date, String author, String text) {
    }
}
