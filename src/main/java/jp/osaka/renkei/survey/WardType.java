package jp.osaka.renkei.survey;

/** A ward's response of one respondent type, as a key (read in bulk for a whole round). */
record WardType(long wardId, RespondentType type) {
}
