package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 差し戻し中 is read from the order of a response's status changes: only a send-back not followed by a submission. */
class SendBacksTest {

    private static final Instant T = Instant.parse("2025-10-01T01:00:00Z");

    @Test
    void aResponseWhoseLatestStatusChangeIsASendBackIsSentBackWithItsReason() {
        var sentBack = SendBacks.latest(List.of(submitted(1, 0), sentBack(1, 1, "項目3を確認してください")));

        assertThat(sentBack).containsOnlyKeys(1L);
        assertThat(sentBack.get(1L)).isEqualTo(
                new WardResponseStatus.SentBack("項目3を確認してください", "admin", T.plusSeconds(1)));
    }

    @Test
    void aResponseSubmittedAgainAfterTheSendBackIsNotSentBack() {
        assertThat(SendBacks.latest(List.of(submitted(1, 0), sentBack(1, 1, "理由"), submitted(1, 2)))).isEmpty();
    }

    @Test
    void aDraftNeverSentBackIsNotSentBack() {
        assertThat(SendBacks.latest(List.of())).isEmpty();
        assertThat(SendBacks.latest(List.of(sentBack(2, 1, "理由"), submitted(1, 2))))
                .as("each response on its own").containsOnlyKeys(2L);
    }

    private static AnswerChange submitted(long responseId, int second) {
        return new AnswerChange(responseId, new Response.Change(null, AnswerChange.Field.STATUS, "DRAFT", "SUBMITTED"),
                "ward-kita", T.plusSeconds(second));
    }

    private static AnswerChange sentBack(long responseId, int second, String reason) {
        return new AnswerChange(responseId, new Response.Change(null, AnswerChange.Field.STATUS, "SUBMITTED", "DRAFT",
                reason), "admin", T.plusSeconds(second));
    }
}
