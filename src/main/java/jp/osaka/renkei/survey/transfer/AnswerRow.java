package jp.osaka.renkei.survey.transfer;

/**
 * One answered item as a file holds it, each cell as trimmed text.
 *
 * @param line the 1-based line of the file (the CSV record number counting the header as 1, or the
 *        xlsx row number), for messages; a writer ignores it
 * @param wardName the ward's name beside its code, for people; the reader keeps it but resolves by {@code ward}
 * @param itemName the item's name beside its number, for people; the reader keeps it but resolves by {@code item}
 */
public record AnswerRow(int line, String fiscalYear, String ward, String respondent, String item, String level,
        String comment, String wardName, String itemName) {

    /** A row without the names for people (a file filled in by hand, a template). */
    public AnswerRow(int line, String fiscalYear, String ward, String respondent, String item, String level,
            String comment) {
        this(line, fiscalYear, ward, respondent, item, level, comment, "", "");
    }
}
