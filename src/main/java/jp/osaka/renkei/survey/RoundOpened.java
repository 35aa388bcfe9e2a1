package jp.osaka.renkei.survey;

import java.time.LocalDate;

/** A round began to accept answers until its deadline; published inside the change's transaction (e.g. for mail). */
public record RoundOpened(long roundId, int fiscalYear, LocalDate deadline) {
}
