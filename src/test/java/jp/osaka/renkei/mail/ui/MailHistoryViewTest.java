package jp.osaka.renkei.mail.ui;

import static jp.osaka.renkei.mail.MailHistoryFixture.letter;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.stream.IntStream;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.mail.MailHistoryFixture;
import jp.osaka.renkei.mail.MailKind;
import jp.osaka.renkei.mail.MailRow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/** 送信履歴 as the bureau uses it: what went out, what waits, what failed and why, and 再送. */
@DemoDataTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:mailhistory;DB_CLOSE_DELAY=-1")
class MailHistoryViewTest extends SpringBrowserlessTest {

    private static final String REFUSED = "550 5.1.1 <nobody@example.jp>: Recipient address rejected";

    @Autowired
    ApplicationContext context;

    MailHistoryFixture mails;

    @BeforeEach
    void threeMessages() {
        mails = new MailHistoryFixture(context);
        mails.clear();
        mails.sent(letter(MailKind.ROUND_OPENED, "kita@example.jp", "ward-kita", 1L, "調査を開始しました"));
        mails.failed(letter(MailKind.REMINDER, "nobody@example.jp", null, 1L, "回答のお願い"), REFUSED);
        mails.held(letter(MailKind.SENT_BACK, "room@example.jp", "room-kita", 1L, "回答を差し戻しました"));
    }

    @Test
    @WithUserDetails("admin")
    void theBureauSeesEveryMessageWithItsStatusAndTheReasonOfAFailure() {
        navigate(MailHistoryView.class);
        GridTester<Grid<MailRow>, MailRow> grid = grid();

        assertThat(grid.size()).isEqualTo(3);
        assertThat(statuses(grid)).containsExactly("送信しない設定", "送信失敗", "送信済み");
        assertThat(grid.getCellText(1, 1)).isEqualTo("催促");
        assertThat(grid.getCellText(1, 2)).startsWith("nobody@example.jp（区の共用アドレス / 北区）");
        assertThat(grid.getCellText(1, 6)).isEqualTo(REFUSED);
        assertThat(find(Badge.class, grid.getCellComponent(1, 4)).single().getThemeNames()).contains("error");
    }

    @Test
    @WithUserDetails("admin")
    void theStatusChipsCountAndFilterAndTheTextSearchNarrowsTheList() {
        navigate(MailHistoryView.class);
        Button failed = find(Button.class).withId("mail-status-FAILED").single();
        assertThat(failed.getText()).isEqualTo("送信失敗（1）");
        assertThat(find(Button.class).withId("mail-status-all").single().getText()).isEqualTo("すべて（3）");

        test(failed).click();
        assertThat(statuses(grid())).containsExactly("送信失敗");

        test(find(Button.class).withId("mail-status-all").single()).click();
        test(find(TextField.class).withId("mail-search").single()).setValue("差し戻し");
        assertThat(grid().size()).isEqualTo(1);
        assertThat(grid().getCellText(0, 3)).isEqualTo("回答を差し戻しました");
        assertThat(find(Button.class).withId("mail-status-FAILED").single().getText()).isEqualTo("送信失敗（0）");

        test(find(TextField.class).withId("mail-search").single()).setValue("");
        @SuppressWarnings("unchecked")
        Select<MailKind> kind = find(Select.class).withId("mail-kind").single();
        test(kind).selectItem("調査の開始");
        assertThat(grid().size()).isEqualTo(1);
        assertThat(statuses(grid())).containsExactly("送信済み");
    }

    @Test
    @WithUserDetails("admin")
    void theDetailShowsTheTextAndASandboxedHtmlPreview() {
        navigate(MailHistoryView.class);
        grid().clickRow(2);

        assertThat(find(Span.class).withId("mail-detail-subject").single().getText()).isEqualTo("調査を開始しました");
        assertThat(find(Span.class).withId("mail-detail-ward").single().getText()).isEqualTo("北区");
        assertThat(find(Pre.class).withId("mail-detail-text").single().getText()).isEqualTo("調査を開始しました\n本文です。");
        IFrame html = find(IFrame.class).withId("mail-detail-html").single();
        assertThat(html.getSrcdoc().orElseThrow()).contains("<b>本文</b>です。");
        assertThat(html.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(find(Button.class).withId("mail-resend").exists()).as("no 再送 for a sent message").isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void resendingAFailedMessagePutsItBackToWaiting() {
        navigate(MailHistoryView.class);
        grid().clickRow(1);
        test(find(Button.class).withId("mail-resend").single()).click();
        test(find(ConfirmDialog.class).withId("mail-resend-confirm").single()).confirm();

        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("メールを送信待ちに戻しました。まもなく送信されます。");
        assertThat(find(MailDetailDialog.class).exists()).isFalse();
        assertThat(statuses(grid())).containsExactly("送信しない設定", "送信待ち", "送信済み");
        assertThat(find(Button.class).withId("mail-status-WAITING").single().getText()).isEqualTo("送信待ち（1）");
    }

    @Test
    @WithUserDetails("admin")
    void aHeldMessageCannotBeResentWhileSendingIsOffAndABannerSaysSo() {
        navigate(MailHistoryView.class);

        assertThat(find(Div.class).withId("mail-sending-off").single().getElement().getTextRecursively())
                .contains("メール送信は設定で止めています（renkei.mail.enabled=false）")
                .contains("docs/operations.md");
        grid().clickRow(0);
        assertThat(find(Button.class).withId("mail-resend").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<MailRow>, MailRow> grid() {
        Grid<MailRow> grid = find(MailGrid.class).withId("mail-grid").single();
        return test(grid);
    }

    private List<String> statuses(GridTester<Grid<MailRow>, MailRow> grid) {
        return IntStream.range(0, grid.size())
                .mapToObj(row -> find(Badge.class, grid.getCellComponent(row, 4)).single().getText()).toList();
    }
}
