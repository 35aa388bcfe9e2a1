package jp.osaka.renkei.survey.transfer;

/**
 * One answered item as a file holds it, each cell as trimmed text.
 *
 * @param line the 1-based line of the file (the CSV record number counting the header as 1, or the
 *        xlsx row number), for messages; a writer ignores it
 */
public record AnswerRow(int line, String fiscalYear, String ward, String respondent, String item, String level,
        String comment) {
}
