package jp.osaka.renkei.survey.reporting;

import jp.osaka.renkei.survey.Level;

/** One ward's submitted answer to one item (by the item's partner) of a round's instrument. */
public record WardAnswer(long wardId, long partnerId, Level level) {
}
