package jp.osaka.renkei.mail;

import static jp.osaka.renkei.mail.MailHistoryFixture.letter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 送信履歴's service: filters, counts, the detail, and 再送 only of what may be resent, audited. */
@DemoDataTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:mailhistory;DB_CLOSE_DELAY=-1")
@WithUserDetails("admin")
class MailHistoryServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    MailHistoryService history;
    @Autowired
    ApplicationContext context;
    @Autowired
    WardService wards;
    @Autowired
    AuditLog audit;

    MailHistoryFixture mails;
    long kita;
    long miyakojima;

    @BeforeEach
    void emptyOutbox() {
        mails = new MailHistoryFixture(context);
        mails.clear();
        kita = ward("北区").getId();
        miyakojima = ward("都島区").getId();
    }

    @Test
    void theListFiltersByStatusKindWardAndTextNewestFirst() {
        long reminder = mails.sent(letter(MailKind.REMINDER, "kita@example.jp", "ward-kita", kita, "回答のお願い"));
        long failed = mails.failed(letter(MailKind.REMINDER, "miya@example.jp", null, miyakojima, "回答のお願い"),
                "550 5.1.1 User unknown");
        long opened = mails.held(letter(MailKind.ROUND_OPENED, "kita@example.jp", "ward-kita", kita, "調査の開始"));

        assertThat(ids(MailFilter.none())).containsExactly(opened, failed, reminder);
        assertThat(ids(MailFilter.none().withStatus(MailStatus.FAILED))).containsExactly(failed);
        assertThat(ids(new MailFilter(null, MailKind.REMINDER, null, ""))).containsExactly(failed, reminder);
        assertThat(ids(new MailFilter(null, null, kita, ""))).containsExactly(opened, reminder);
        assertThat(ids(new MailFilter(null, null, null, "MIYA@"))).containsExactly(failed);
        assertThat(ids(new MailFilter(null, null, null, "開始"))).containsExactly(opened);
        assertThat(ids(new MailFilter(null, null, null, "100%"))).isEmpty();
        assertThat(history.count(new MailFilter(null, MailKind.REMINDER, null, ""))).isEqualTo(2);
    }

    @Test
    void aRowSaysWhomItIsForAndHowSendingWent() {
        long failed = mails.failed(letter(MailKind.SENT_BACK, "kita@example.jp", "ward-kita", kita, "差し戻し"),
                "550 5.1.1 User unknown");

        MailRow row = history.find(MailFilter.none(), FIRST_PAGE).getFirst();

        assertThat(row.id()).isEqualTo(failed);
        assertThat(row.userName()).isNotBlank().isNotEqualTo("ward-kita");
        assertThat(row.status()).isEqualTo(MailStatus.FAILED);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo("550 5.1.1 User unknown");
        assertThat(row.sentAt()).isNull();
    }

    @Test
    void theCountsPerStatusFollowTheOtherFiltersButNotTheStatusItself() {
        mails.sent(letter(MailKind.REMINDER, "a@example.jp", null, kita, "催促"));
        mails.sent(letter(MailKind.REMINDER, "b@example.jp", null, kita, "催促"));
        mails.failed(letter(MailKind.REMINDER, "c@example.jp", null, kita, "催促"), "refused");
        mails.waiting(letter(MailKind.ROUND_OPENED, "d@example.jp", null, kita, "開始"));

        var counts = history.countByStatus(new MailFilter(MailStatus.FAILED, MailKind.REMINDER, null, ""));

        assertThat(counts).containsEntry(MailStatus.SENT, 2L).containsEntry(MailStatus.FAILED, 1L)
                .containsEntry(MailStatus.WAITING, 0L).containsEntry(MailStatus.HELD, 0L);
    }

    @Test
    void theDetailHasBothBodiesTheWardsNameAndTheLanguage() {
        long id = mails.waiting(letter(MailKind.ROUND_OPENED, "kita@example.jp", "ward-kita", kita, "調査の開始"));

        MailDetail detail = history.detail(id).orElseThrow();

        assertThat(detail.row().subject()).isEqualTo("調査の開始");
        assertThat(detail.text()).isEqualTo("調査の開始\n本文です。");
        assertThat(detail.html()).contains("<b>本文</b>");
        assertThat(detail.ward()).isNotNull();
        assertThat(detail.ward().ja()).isEqualTo("北区");
        assertThat(detail.language().getLanguage()).isEqualTo("ja");
        assertThat(history.detail(id + 1000)).isEmpty();
    }

    @Test
    void resendingAFailedMessageQueuesItAgainAndWritesTheAuditLog() {
        long id = mails.failed(letter(MailKind.REMINDER, "kita@example.jp", null, kita, "催促"), "refused");
        MailRow before = history.detail(id).orElseThrow().row();

        history.resend(id, before.version());

        MailRow after = history.detail(id).orElseThrow().row();
        assertThat(after.status()).isEqualTo(MailStatus.WAITING);
        assertThat(after.attempts()).isZero();
        List<AuditEntry> entries = audit.find(new AuditFilter(AuditAction.MAIL_RESENT, null, null, null), 0, 50);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo("admin");
            assertThat(entry.getTarget()).isEqualTo("#" + id + " kita@example.jp");
        });
    }

    @Test
    void aSentMessageIsNotResent() {
        long id = mails.sent(letter(MailKind.REMINDER, "kita@example.jp", null, kita, "催促"));
        long version = history.detail(id).orElseThrow().row().version();

        assertThatThrownBy(() -> history.resend(id, version)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("mail.resend.notFailed");
        assertThat(history.detail(id).orElseThrow().row().status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aResendFromAStaleListIsRefused() {
        long id = mails.failed(letter(MailKind.REMINDER, "kita@example.jp", null, kita, "催促"), "refused");
        long version = history.detail(id).orElseThrow().row().version();
        history.resend(id, version);

        assertThatThrownBy(() -> history.resend(id, version)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("mail.stale");
    }

    @Test
    void aHeldMessageIsNotResentWhileSendingIsOff() {
        long id = mails.held(letter(MailKind.REMINDER, "kita@example.jp", null, kita, "催促"));
        long version = history.detail(id).orElseThrow().row().version();

        assertThat(history.mayResend(MailStatus.HELD)).isFalse();
        assertThatThrownBy(() -> history.resend(id, version)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("mail.resend.sendingOff");
        assertThat(history.detail(id).orElseThrow().row().status()).isEqualTo(MailStatus.HELD);
    }

    @Test
    void aHeldMessageIsResentOnceSendingIsOn() {
        long id = mails.held(letter(MailKind.REMINDER, "kita@example.jp", null, kita, "催促"));
        long version = history.detail(id).orElseThrow().row().version();
        MailProperties sendingOn = mock(MailProperties.class);
        when(sendingOn.enabled()).thenReturn(true);
        MailHistoryService withSending = new MailHistoryService(context.getBean(MailHistoryRepository.class),
                context.getBean(WardDirectory.class), sendingOn, context,
                context.getBean(Clock.class));

        assertThat(withSending.mayResend(MailStatus.HELD)).isTrue();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(tx -> withSending.resend(id, version));

        assertThat(history.detail(id).orElseThrow().row().status()).isEqualTo(MailStatus.WAITING);
    }

    @Test
    @WithUserDetails("ward-kita")
    void nobodyButTheBureauReadsTheMailHistory() {
        assertThatThrownBy(() -> history.find(MailFilter.none(), FIRST_PAGE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.resend(1, 0)).isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> ids(MailFilter filter) {
        return history.find(filter, FIRST_PAGE).stream().map(MailRow::id).toList();
    }

    private Ward ward(String name) {
        return wards.findAll().stream().filter(w -> w.getNameJa().equals(name)).findFirst().orElseThrow();
    }
}
