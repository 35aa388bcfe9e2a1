package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 回答状況 and ホーム read 差し戻し中 from the answer history. On the demo data's open 令和7年度:
 * 浪速区's 相談支援室 has submitted (only the tests of its area change it: {@link TestWards}), 住之江区's 区役所 has a draft.
 */
@DemoDataTest
class SentBackStatusTest {

    private static final ResponseKey NANIWA_ROOM = new ResponseKey(2025, TestWards.NANIWA.id(),
            RespondentType.SUPPORT_ROOM);

    @Autowired
    ResponseService responses;

    @Autowired
    UserAccountService accounts;

    @Test
    void aResponseSentBackIsSentBackWithItsReasonUntilItIsSubmittedAgain() {
        SendBackFixture.sendBack(responses, accounts, NANIWA_ROOM, "項目5の回答を確認してください。");
        try {
            WardResponseStatus status = naniwaRoom();
            assertThat(status.status()).isEqualTo(ResponseStatus.DRAFT);
            assertThat(status.messageKey()).isEqualTo("response.status.SENT_BACK");
            assertThat(status.sentBack()).isNotNull();
            assertThat(status.sentBack().reason()).isEqualTo("項目5の回答を確認してください。");
            assertThat(status.sentBack().by()).as("a display name").isNotEqualTo("admin").isNotBlank();
        } finally {
            SendBackFixture.resubmit(responses, NANIWA_ROOM, TestWards.NANIWA_ROOM);
        }

        WardResponseStatus resubmitted = naniwaRoom();
        assertThat(resubmitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(resubmitted.sentBack()).isNull();
        assertThat(resubmitted.messageKey()).isEqualTo("response.status.SUBMITTED");
    }

    @Test
    void aDraftNeverSentBackIsADraft() {
        WardResponseStatus suminoe = SystemActor.call(() -> responses.statusByWard(round())).stream()
                .filter(row -> row.wardId() == 20).findFirst().orElseThrow().status(RespondentType.WARD_OFFICE);

        assertThat(suminoe.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(suminoe.sentBack()).isNull();
        assertThat(suminoe.messageKey()).isEqualTo("response.status.DRAFT");
    }

    private WardResponseStatus naniwaRoom() {
        return SystemActor.call(() -> responses.statusByWard(round())).stream()
                .filter(row -> row.wardId() == 10).findFirst().orElseThrow().status(RespondentType.SUPPORT_ROOM);
    }

    private long round() {
        return SystemActor.call(() -> responses.sheet(NANIWA_ROOM).round().id());
    }
}
