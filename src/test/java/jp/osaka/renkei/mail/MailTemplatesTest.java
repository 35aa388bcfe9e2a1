package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import jp.osaka.renkei.action.ActionDue;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.i18n.TestMessages;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.ward.Ward;

import org.junit.jupiter.api.Test;

/** The mails' texts in Japanese and English, with links from the configured public address and escaped HTML. */
class MailTemplatesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 19);

    private final MailTemplates templates = new MailTemplates(TestMessages.source(),
            properties("https://renkei.city.example.jp/"));
    private final Ward kita = kita();

    @Test
    void theRoundOpenedMailAsksTheWardPolitelyInJapaneseWithDeadlineAndLink() {
        MailText mail = templates.aboutResponse(MailKind.ROUND_OPENED, Locale.JAPANESE, kita,
                RespondentType.WARD_OFFICE, 2025, DEADLINE, null);

        assertThat(mail.subject()).isEqualTo("【在宅医療・介護連携】令和7年度 連携状況調査への回答のお願い（締切 令和7年（2025年）12月19日（金））");
        assertThat(mail.text()).startsWith("北区 区役所 ご担当者様\n\nいつもお世話になっております。")
                .contains("令和7年度の在宅医療・介護連携に関する連携状況調査の回答受付を開始しました。")
                .contains("北区 区役所の回答を、令和7年（2025年）12月19日（金）までに")
                .contains("回答ページ：\nhttps://renkei.city.example.jp/responses/2025/271276/ward-office\n")
                .contains("大阪市 健康局 在宅医療・介護連携推進事業 担当")
                .contains("自動で送信しています");
        assertThat(mail.html()).contains("<html lang=\"ja\">")
                .contains("<a href=\"https://renkei.city.example.jp/responses/2025/271276/ward-office\">")
                .contains("<p>北区 区役所 ご担当者様</p>");
    }

    @Test
    void theRoundOpenedMailIsInEnglishForEnglishUsers() {
        MailText mail = templates.aboutResponse(MailKind.ROUND_OPENED, Locale.ENGLISH, kita,
                RespondentType.SUPPORT_ROOM, 2025, DEADLINE, null);

        assertThat(mail.subject()).isEqualTo("[Renkei] FY2025 cooperation survey: please answer by Fri 19 Dec 2025");
        assertThat(mail.text()).startsWith("Dear Support room staff of Kita,\n\n")
                .contains("the answers of the Support room of Kita on the page below by Fri 19 Dec 2025.")
                .contains("Answer page:\nhttps://renkei.city.example.jp/responses/2025/271276/support-room\n")
                .contains("sent automatically")
                .doesNotContain("連携状況");
        assertThat(mail.html()).contains("<html lang=\"en\">");
    }

    @Test
    void aReminderNamesTheDeadlineInBothLanguages() {
        assertThat(templates.aboutResponse(MailKind.REMINDER, Locale.JAPANESE, kita, RespondentType.SUPPORT_ROOM,
                2025, DEADLINE, null).text()).contains("北区 相談支援室の回答がまだ提出されていないため")
                .contains("締切の令和7年（2025年）12月19日（金）までに");
        assertThat(templates.aboutResponse(MailKind.REMINDER, Locale.ENGLISH, kita, RespondentType.SUPPORT_ROOM,
                2025, DEADLINE, null).subject()).isEqualTo("[Renkei] Reminder: FY2025 cooperation survey, due Fri 19 Dec 2025");
    }

    @Test
    void theSendBackMailCarriesItsReasonAndTheHtmlEscapesIt() {
        String reason = "項目3の回答が空欄です。<script>alert('x')</script> & ご確認ください";

        MailText mail = templates.aboutResponse(MailKind.SENT_BACK, Locale.JAPANESE, kita,
                RespondentType.WARD_OFFICE, 2025, DEADLINE, reason);

        assertThat(mail.subject()).isEqualTo("【在宅医療・介護連携】令和7年度 連携状況調査の回答を差し戻しました");
        assertThat(mail.text()).contains("差し戻しの理由：\n" + reason + "\n");
        assertThat(mail.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ご確認ください");
    }

    @Test
    void thePublishedMailLinksToTheRoundsResults() {
        MailText mail = templates.roundPublished(Locale.ENGLISH, kita, RespondentType.WARD_OFFICE, 2021);

        assertThat(mail.subject()).isEqualTo("[Renkei] FY2021 cooperation survey: results published");
        assertThat(mail.text()).contains("Results:\nhttps://renkei.city.example.jp/results?round=2021\n");
        assertThat(mail.html()).contains("href=\"https://renkei.city.example.jp/results?round=2021\"");
    }

    @Test
    void actionMailsGreetTheOwnerAndLinkToTheAction() {
        ActionDue due = new ActionDue(42, "理学療法士会の周知 <b>", 1L, "ward-kita", DEADLINE, true);

        MailText ja = templates.aboutAction(MailKind.ACTION_OVERDUE, Locale.JAPANESE, "北区役所 担当者", due);
        MailText en = templates.aboutAction(MailKind.ACTION_DUE_SOON, Locale.ENGLISH, "Kita ward office", due);

        assertThat(ja.subject()).isEqualTo("【在宅医療・介護連携】取組み「理学療法士会の周知 <b>」の期限が過ぎています（期限 令和7年（2025年）12月19日（金））");
        assertThat(ja.text()).startsWith("北区役所 担当者 様\n\n").contains("https://renkei.city.example.jp/actions/42");
        assertThat(ja.html()).contains("理学療法士会の周知 &lt;b&gt;").doesNotContain("<b>");
        assertThat(en.text()).startsWith("Dear Kita ward office,\n\n").contains("is due on Fri 19 Dec 2025.");
    }

    @Test
    void accountMailsGiveTheUserNameAndNeverAPassword() {
        MailText created = templates.aboutAccount(MailKind.ACCOUNT_CREATED, Locale.JAPANESE, "ward-kita", "北区役所 担当者");
        MailText reset = templates.aboutAccount(MailKind.PASSWORD_RESET, Locale.ENGLISH, "ward-kita", "Kita");

        assertThat(created.text()).contains("ユーザー名：ward-kita").contains("管理者から別途お知らせします")
                .contains("https://renkei.city.example.jp/login");
        assertThat(reset.text()).contains("user name: ward-kita").contains("does not contain it");
        for (MailText mail : new MailText[] {created, reset}) {
            assertThat(mail.text() + mail.html()).doesNotContainIgnoringCase("password:").doesNotContain("パスワード：");
        }
    }

    @Test
    void linksWorkWithAPublicAddressWithoutTrailingSlash() {
        MailTemplates plain = new MailTemplates(TestMessages.source(), properties("http://localhost:8080"));

        assertThat(plain.roundPublished(Locale.JAPANESE, kita, RespondentType.WARD_OFFICE, 2025).text())
                .contains("集計結果：\nhttp://localhost:8080/results?round=2025\n");
    }

    static MailProperties properties(String publicUrl) {
        return new MailProperties(false, "renkei@localhost", publicUrl, 50, Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofHours(1), 8, 7, "0 0 8 * * *");
    }

    private static Ward kita() {
        Ward ward = mock(Ward.class);
        when(ward.getCode()).thenReturn("271276");
        when(ward.getId()).thenReturn(1L);
        when(ward.getName()).thenReturn(new LocalizedText("北区", "Kita"));
        return ward;
    }
}
