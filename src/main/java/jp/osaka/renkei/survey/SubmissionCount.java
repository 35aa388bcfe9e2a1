package jp.osaka.renkei.survey;

/** How many wards have submitted, and how many have only a draft, for one respondent type in a round. */
public record SubmissionCount(RespondentType type, long submitted, long drafts) {
}
