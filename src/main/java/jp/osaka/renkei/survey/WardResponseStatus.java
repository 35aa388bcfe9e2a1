package jp.osaka.renkei.survey;

import java.time.Instant;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * One respondent type's response of a ward: not started (status null), draft or submitted, and when.
 *
 * @param sentBack set while the response is a draft again after 差し戻し and not yet resubmitted
 */
public record WardResponseStatus(RespondentType type, @Nullable ResponseStatus status,
        @Nullable Instant updatedAt, @Nullable String updatedBy, @Nullable SentBack sentBack) {

    /** 差し戻し: why, by whom (a display name once {@link #withNames} ran) and when. */
    public record SentBack(String reason, String by, Instant at) {
    }

    /** 未回答, 下書き, 差し戻し中 or 提出済. */
    public String messageKey() {
        if (sentBack != null) {
            return "response.status.SENT_BACK";
        }
        return status == null ? "response.status.NONE" : status.messageKey();
    }

    /** The same status with user names turned into display names. */
    WardResponseStatus withNames(UnaryOperator<String> displayName) {
        return new WardResponseStatus(type, status, updatedAt, updatedBy == null ? null : displayName.apply(updatedBy),
                sentBack == null ? null : new SentBack(sentBack.reason(), displayName.apply(sentBack.by()), sentBack.at()));
    }

    static WardResponseStatus of(RespondentType type, @Nullable Response response, @Nullable SentBack sentBack) {
        return response == null ? new WardResponseStatus(type, null, null, null, null)
                : new WardResponseStatus(type, response.getStatus(), response.getUpdatedAt(), response.getUpdatedBy(),
                        sentBack);
    }
}
