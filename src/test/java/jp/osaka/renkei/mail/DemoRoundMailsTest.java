package jp.osaka.renkei.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.MailAddressFixture;
import jp.osaka.renkei.account.UserEvent;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's 令和7年度 is opened through RoundService as the demo loads, so its 調査の開始 mails are in 送信履歴,
 * held (sending is off). With the demo's own addresses (every ward's shared mailboxes, own addresses for 北区's
 * users) on a database of its own where 都島区's ward office user also has an address and reads English.
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
            expected.add(switch (ward.getSortOrder()) {
                case 1 -> "ward-kita@example.org ja";
                case 2 -> "ward-miyakojima@demo.example.jp en";
                default -> ward.getSlug() + "-kuyakusho@example.org ja";
            });
            expected.add(ward.getSortOrder() == 1 ? "room-kita@example.org ja"
                    : ward.getSlug() + "-shienshitsu@example.org ja");
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

    /** 都島区's ward office user's address and English, given in the transaction that creates the user. */
    @TestConfiguration
    static class DemoAddresses {

        @Bean
        Object demoUserAddresses(ApplicationContext context) {
            MailAddressFixture addresses = new MailAddressFixture(context);
            return new Object() {
                @EventListener
                void on(UserEvent event) {
                    if (event.action() == AuditAction.USER_CREATED && event.target().equals("ward-miyakojima")) {
                        addresses.set("ward-miyakojima", "ward-miyakojima@demo.example.jp", Locale.ENGLISH);
                    }
                }
            };
        }
    }
}
