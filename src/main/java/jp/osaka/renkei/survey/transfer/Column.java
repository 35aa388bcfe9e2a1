package jp.osaka.renkei.survey.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A column of the answer file: its Japanese header, the English code also accepted, and whether it is required.
 * 区名 and 項目名 are written for people beside the codes; the reader accepts and ignores them.
 */
enum Column {
    FISCAL_YEAR("年度", "fiscal_year"),
    WARD("区", "ward"),
    RESPONDENT("回答主体", "respondent"),
    ITEM("項目", "item"),
    LEVEL("連携度", "level"),
    COMMENT("コメント", "comment"),
    WARD_NAME("区名", "ward_name"),
    ITEM_NAME("項目名", "item_name");

    /** The order a written file has: each name right after its code. */
    static final List<Column> WRITTEN = List.of(FISCAL_YEAR, WARD, WARD_NAME, RESPONDENT, ITEM, ITEM_NAME, LEVEL, COMMENT);

    private final String header;
    private final String code;

    Column(String header, String code) {
        this.header = header;
        this.code = code;
    }

    String header() {
        return header;
    }

    boolean required() {
        return this != COMMENT && this != WARD_NAME && this != ITEM_NAME;
    }

    boolean matches(String name) {
        String given = name.strip();
        return given.equals(header) || given.toLowerCase(Locale.ROOT).equals(code);
    }

    /** The headings of the columns the reader reads, in the order of {@link #values()}. */
    static List<String> headers() {
        return Arrays.stream(values()).filter(column -> column != WARD_NAME && column != ITEM_NAME)
                .map(Column::header).toList();
    }

    /** Whether a header names a column of the file (written or read), so that any other one can be warned about. */
    static boolean known(String name) {
        return Arrays.stream(values()).anyMatch(column -> column.matches(name));
    }
}
