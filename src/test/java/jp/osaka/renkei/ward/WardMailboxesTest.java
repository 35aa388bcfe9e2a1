package jp.osaka.renkei.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A ward's shared mailboxes (区役所 / 支援室) as the bureau sets them: checked, audited, never overwritten unseen. */
@DemoDataTest
class WardMailboxesTest {

    private static final long TSURUMI = TestWards.TSURUMI.id();
    private static final String CODE = TestWards.TSURUMI.code();

    @Autowired
    WardService wards;
    @Autowired
    AuditLog audit;

    @AfterEach
    void restoreTheDemoMailboxes() {
        Ward ward = tsurumi();
        SystemActor.call(() -> wards.changeMailboxes(TSURUMI, ward.getVersion(), "tsurumi-kuyakusho@example.org",
                "tsurumi-shienshitsu@example.org"));
    }

    @Test
    void theBureauChangesAndRemovesAWardsMailboxesAndEachChangeIsAuditedOldToNew() {
        Ward before = tsurumi();
        assertThat(before.getCode()).isEqualTo(CODE);
        assertThat(before.mailbox(Role.WARD_OFFICE)).contains("tsurumi-kuyakusho@example.org");

        Ward changed = SystemActor.call(() -> wards.changeMailboxes(TSURUMI, before.getVersion(),
                "Hokatsu@City.Osaka.LG.JP", " "));

        assertThat(tsurumi().mailbox(Role.WARD_OFFICE)).contains("Hokatsu@city.osaka.lg.jp");
        assertThat(tsurumi().mailbox(Role.SUPPORT_ROOM)).isEmpty();
        assertThat(changed.getVersion()).isGreaterThan(before.getVersion());
        assertThat(entries()).extracting(AuditEntry::getDetail).contains(
                "WARD_OFFICE: tsurumi-kuyakusho@example.org → Hokatsu@city.osaka.lg.jp",
                "SUPPORT_ROOM: tsurumi-shienshitsu@example.org → （なし）");
    }

    @Test
    void aSaveOverAWardChangedSinceItWasReadIsRefusedAndKeepsTheOtherChange() {
        Ward read = tsurumi();
        SystemActor.call(() -> wards.changeMailboxes(TSURUMI, read.getVersion(), "first@example.org", null));

        assertThatThrownBy(() -> SystemActor.call(() -> wards.changeMailboxes(TSURUMI, read.getVersion(),
                "second@example.org", "second-room@example.org"))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("ward.stale");
        assertThat(tsurumi().mailbox(Role.WARD_OFFICE)).contains("first@example.org");
        assertThat(tsurumi().mailbox(Role.SUPPORT_ROOM)).isEmpty();
    }

    @Test
    void anInvalidAddressChangesNeitherMailbox() {
        Ward read = tsurumi();
        int audited = entries().size();

        assertThatThrownBy(() -> SystemActor.call(() -> wards.changeMailboxes(TSURUMI, read.getVersion(),
                "new-office@example.org", "room@"))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("email.invalid");
        assertThat(tsurumi().mailbox(Role.WARD_OFFICE)).contains("tsurumi-kuyakusho@example.org");
        assertThat(tsurumi().mailbox(Role.SUPPORT_ROOM)).contains("tsurumi-shienshitsu@example.org");
        assertThat(entries()).hasSize(audited);
    }

    @Test
    @WithUserDetails(TestWards.TSURUMI_OFFICE)
    void aWardUserCannotChangeItsWardsMailboxes() {
        Ward read = tsurumi();
        assertThatThrownBy(() -> wards.changeMailboxes(TSURUMI, read.getVersion(), "mine@example.org", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Ward tsurumi() {
        return SystemActor.call(() -> wards.findById(TSURUMI).orElseThrow());
    }

    private List<AuditEntry> entries() {
        return SystemActor.call(() -> audit.find(new AuditFilter(AuditAction.WARD_MAILBOX_CHANGED, null, null, null), 0,
                1000)).stream().filter(entry -> entry.getTarget().equals(CODE)).toList();
    }
}
