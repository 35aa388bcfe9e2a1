package jp.osaka.renkei.survey;

/** A round's results were published to every role; published inside the change's transaction (e.g. for mail). */
public record RoundPublished(long roundId, int fiscalYear) {
}
