package jp.osaka.renkei.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.SendBackFixture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** ホーム tells a ward that the bureau sent its response back, why, and where to correct it; not otherwise. */
@DemoDataTest
class SentBackNoticeTest extends SpringBrowserlessTest {

    /** 浪速区's 区役所: submitted in the demo, and only the tests of its area change it ({@link TestWards}). */
    private static final ResponseKey NANIWA = new ResponseKey(2025, TestWards.NANIWA.id(),
            RespondentType.WARD_OFFICE);

    @Autowired
    ResponseService responses;

    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails(TestWards.NANIWA_OFFICE)
    void theWardSeesTheSendBackWithItsReasonAndALinkToTheFormUntilItIsResubmitted() {
        SendBackFixture.sendBack(responses, accounts, NANIWA, "項目7の回答を再確認してください。");
        try {
            reopenHome();
            Card notice = find(Card.class).withId("sent-back").single();
            assertThat(find(Paragraph.class, notice).withId("sent-back-reason").single().getText())
                    .isEqualTo("理由: 項目7の回答を再確認してください。");
            assertThat(find(Paragraph.class, notice).withId("sent-back-when").single().getText())
                    .matches("差し戻し: .+（健康局 在宅医療担当）");
            assertThat(getCurrentView().getElement().indexOfChild(notice.getElement()))
                    .as("above the round and the ward's status").isEqualTo(2);

            test(find(Button.class).withId("sent-back-open").single()).click();
            assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AnswerView");
        } finally {
            SendBackFixture.resubmit(responses, NANIWA, TestWards.NANIWA_OFFICE);
        }

        reopenHome();
        assertThat(find(Card.class).withId("sent-back").all()).as("gone once resubmitted").isEmpty();
    }

    @Test
    @WithUserDetails(TestWards.NANIWA_ROOM)
    void anotherRespondentTypeOfTheSameWardSeesNoNotice() {
        SendBackFixture.sendBack(responses, accounts, NANIWA, "項目7の回答を再確認してください。");
        try {
            reopenHome();
            assertThat(find(Card.class).withId("sent-back").all()).isEmpty();
        } finally {
            SendBackFixture.resubmit(responses, NANIWA, TestWards.NANIWA_OFFICE);
        }
    }

    /** The test starts on ホーム, built before the send-back: leave it so that it is built again. */
    private void reopenHome() {
        UI.getCurrent().navigate("answer");
        navigate(HomeView.class);
    }
}
