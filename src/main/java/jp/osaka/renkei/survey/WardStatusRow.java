package jp.osaka.renkei.survey;

import java.util.Map;

import jp.osaka.renkei.base.i18n.LocalizedText;

/** 回答状況: one ward's row, with each respondent type's response status. */
public record WardStatusRow(long wardId, String wardCode, LocalizedText wardName,
        Map<RespondentType, WardResponseStatus> byType) {

    public WardResponseStatus status(RespondentType type) {
        return byType.get(type);
    }
}
