package jp.osaka.renkei.survey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One respondent type's response of a ward: not started (status null), draft or submitted, and when. */
public record WardResponseStatus(RespondentType type, @Nullable ResponseStatus status,
        @Nullable Instant updatedAt, @Nullable String updatedBy) {

    WardResponseStatus withUpdatedBy(String name) {
        return new WardResponseStatus(type, status, updatedAt, name);
    }

    static WardResponseStatus of(RespondentType type, @Nullable Response response) {
        return response == null ? new WardResponseStatus(type, null, null, null)
                : new WardResponseStatus(type, response.getStatus(), response.getUpdatedAt(), response.getUpdatedBy());
    }
}
