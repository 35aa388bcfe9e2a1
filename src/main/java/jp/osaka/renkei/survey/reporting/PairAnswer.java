package jp.osaka.renkei.survey.reporting;

import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

/** One side of the mutual pair in one ward: what the respondent answered about the other side. */
public record PairAnswer(long wardId, RespondentType respondent, Level level) {
}
