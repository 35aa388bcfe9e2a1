package jp.osaka.renkei.profile;

import java.util.List;

import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.results.WardHistory;

/** What a ward's profile shows: its answers over the rounds and its own actions (取組み). */
public record WardProfile(WardHistory history, List<ActionRow> actions) {

    public WardProfile {
        actions = List.copyOf(actions);
    }
}
