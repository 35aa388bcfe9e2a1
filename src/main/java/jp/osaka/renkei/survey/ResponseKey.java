package jp.osaka.renkei.survey;

/** Names one response: the round's fiscal year, the ward and who answers. The form's URL carries it. */
public record ResponseKey(int fiscalYear, long wardId, RespondentType type) {
}
