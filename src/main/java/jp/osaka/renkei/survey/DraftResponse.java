package jp.osaka.renkei.survey;

/** A round's response still in 下書き, with how often it was sent back (差し戻し) before. */
record DraftResponse(long wardId, RespondentType type, long sendBacks) {
}
