package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.StartupData;
import jp.osaka.renkei.base.security.MailAddressFixture;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.base.security.UserEvent;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's 令和7年度 is opened through RoundService as the demo loads, so its 調査の開始 mails are in 送信履歴,
 * held (sending is off). On a database of its own whose demo users get addresses as they are created (as the demo
 * addresses will): every ward office's user but 北区's, whose ward has a mailbox instead, 都島区's in English; the
 * support rooms of the first twelve wards, the other twelve a mailbox.
 */
@DemoDataTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:mailtriggers-demo;DB_CLOSE_DELAY=-1",
        "renkei.mail.public-url=https://renkei.example.jp"})
@Import(DemoRoundMailsTest.DemoAddresses.class)
class DemoRoundMailsTest {

    @Autowired
    MailMessageRepository messages;
    @Autowired
    WardService wards;

    @Test
    void theOpenDemoRoundsMessagesAreInTheSendingHistoryForEveryWardsRespondents() {
        List<String> expected = new ArrayList<>();
        for (Ward ward : SystemActor.call(wards::findAll)) {
            expected.add(ward.getSortOrder() == 1 ? "kita-kuyakusho@demo.example.jp ja"
                    : "ward-" + ward.getSlug() + "@demo.example.jp " + (ward.getSortOrder() == 2 ? "en" : "ja"));
            expected.add(ward.getSortOrder() <= 12 ? "room-" + ward.getSlug() + "@demo.example.jp ja"
                    : "room-box-" + ward.getId() + "@demo.example.jp ja");
        }

        List<MailMessage> opened = messages.findAll().stream()
                .filter(message -> message.getKind() == MailKind.ROUND_OPENED).toList();

        assertThat(opened).extracting(m -> m.getRecipient() + " " + m.getLanguage().getLanguage())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(opened).extracting(MailMessage::getStatus).containsOnly(MailStatus.HELD);
        assertThat(opened).allSatisfy(message -> assertThat(message.getText())
                .contains("https://renkei.example.jp/responses/2025/"));
        MailMessage miyakojima = opened.stream().filter(m -> m.getLanguage().equals(Locale.ENGLISH)).findFirst()
                .orElseThrow();
        assertThat(miyakojima.getSubject()).startsWith("[Renkei] FY2025 cooperation survey: please answer by ");
        assertThat(miyakojima.getText()).contains("/responses/2025/271021/ward-office");
    }

    /** The demo users' addresses, given in the transaction that creates each; the mailboxes before the demo loads. */
    @TestConfiguration
    static class DemoAddresses {

        @Bean
        @Order(5)
        StartupData demoMailboxes(JdbcTemplate jdbc) {
            return () -> {
                jdbc.update("insert into ward_mailbox (ward_id, role, email) values (1, 'WARD_OFFICE',"
                        + " 'kita-kuyakusho@demo.example.jp')");
                jdbc.update("insert into ward_mailbox (ward_id, role, email) select id, 'SUPPORT_ROOM',"
                        + " 'room-box-' || id || '@demo.example.jp' from ward where sort_order > 12");
            };
        }

        @Bean
        Object demoUserAddresses(ApplicationContext context, JdbcTemplate jdbc) {
            MailAddressFixture addresses = new MailAddressFixture(context);
            return new Object() {
                @EventListener
                void on(UserEvent event) {
                    String username = event.target();
                    if (!event.action().equals("USER_CREATED") || username.equals("ward-kita")) {
                        return;
                    }
                    if (username.startsWith("ward-") || username.startsWith("room-") && jdbc.queryForObject(
                            "select sort_order from ward where slug = ?", Integer.class, username.substring(5)) <= 12) {
                        addresses.set(username, username + "@demo.example.jp",
                                username.equals("ward-miyakojima") ? Locale.ENGLISH : Locale.JAPANESE);
                    }
                }
            };
        }
    }
}
