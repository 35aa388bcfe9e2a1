package jp.osaka.renkei.survey.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A column of the answer file: its Japanese header, the English code also accepted, and whether it is required. */
enum Column {
    FISCAL_YEAR("年度", "fiscal_year"),
    WARD("区", "ward"),
    RESPONDENT("回答主体", "respondent"),
    ITEM("項目", "item"),
    LEVEL("連携度", "level"),
    COMMENT("コメント", "comment");

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
        return this != COMMENT;
    }

    boolean matches(String name) {
        String given = name.strip();
        return given.equals(header) || given.toLowerCase(Locale.ROOT).equals(code);
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).toList();
    }
}
