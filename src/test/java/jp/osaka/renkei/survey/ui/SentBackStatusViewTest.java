package jp.osaka.renkei.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseKey;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.SendBackFixture;
import jp.osaka.renkei.survey.WardStatusRow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** 回答状況 lists a response sent back as 差し戻し中 with its reason, and as not submitted. */
@DemoDataTest
class SentBackStatusViewTest extends SpringBrowserlessTest {

    /** 旭区's 区役所: submitted in the demo, and only the tests of its area change it ({@link TestWards}). */
    private static final ResponseKey ASAHI = new ResponseKey(2025, TestWards.ASAHI.id(), RespondentType.WARD_OFFICE);

    @Autowired
    ResponseService responses;

    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails("admin")
    void aResponseSentBackIsListedAsSentBackWithItsReason() {
        SendBackFixture.sendBack(responses, accounts, ASAHI, "項目2の回答が前回と大きく違います。");
        try {
            navigate(StatusView.class);
            @SuppressWarnings("unchecked")
            GridTester<Grid<WardStatusRow>, WardStatusRow> grid = test(
                    find(Grid.class).withId("status-grid").single());
            Component asahi = grid.getCellComponent(15, 1); // 旭区, 区役所
            assertThat(find(Badge.class, asahi).single().getText()).isEqualTo("差し戻し中");
            Span reason = find(Span.class, asahi).withClassName("status-sent-back").single();
            assertThat(reason.getText()).isEqualTo("理由: 項目2の回答が前回と大きく違います。");
            assertThat(reason.getTitle()).hasValue(reason.getText());
            Div summary = find(Div.class).withClassName("status-summary").single();
            assertThat(find(Paragraph.class, summary).all().getFirst().getText())
                    .as("区役所's line").endsWith("（下書きのうち差し戻し中 1区）");
            assertThat(find(Badge.class, grid.getCellComponent(14, 1)).single().getText())
                    .as("生野区, submitted").isEqualTo("提出済");

            test(find(Button.class).withId("show-missing").single()).click();
            String missing = find(TextArea.class).withId("missing-wards").single().getValue();
            assertThat(missing.lines().filter(line -> line.startsWith("区役所（")).findFirst().orElseThrow())
                    .contains("旭区（差し戻し中）");
        } finally {
            SendBackFixture.resubmit(responses, ASAHI, TestWards.ASAHI_OFFICE);
        }
    }
}
