package jp.osaka.renkei.survey;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.AuditableEvent;

/**
 * Something changed in a survey: an answer saved, submitted, reopened or recorded on behalf of a
 * ward; a round created, opened, closed or published; reminders sent. Published inside the change's
 * transaction.
 */
public record SurveyEvent(String actor, AuditAction action, String target, String detail) implements AuditableEvent {

    static SurveyEvent response(String actor, AuditAction action, AnswerSheet sheet, String detail) {
        // The respondent as in the form's address (ward-office / support-room): one form, one audit target.
        return new SurveyEvent(actor, action, sheet.round().fiscalYear() + " " + sheet.wardName().ja() + " "
                + sheet.key().type().slug(), detail);
    }

    static SurveyEvent round(String actor, AuditAction action, RoundSummary round) {
        return new SurveyEvent(actor, action, Integer.toString(round.fiscalYear()), "");
    }
}
