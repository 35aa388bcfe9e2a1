package jp.osaka.renkei.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.TestWards;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A ward's name as the bureau corrects it: never overwritten unseen by a second administrator. */
@DemoDataTest
class WardRenameTest {

    private static final long TSURUMI = TestWards.TSURUMI.id();

    @Autowired
    WardService wards;

    @Test
    void aRenameOfTheWardAsItWasIsRefusedAfterAnotherAdministratorsRenameAndThatNameStays() {
        Ward seen = tsurumi();
        Ward theirs = SystemActor.call(() -> wards.rename(TSURUMI, seen.getVersion(), "鶴見区（先）", "Tsurumi first"));
        try {
            assertThatThrownBy(() -> SystemActor.call(() -> wards.rename(TSURUMI, seen.getVersion(), "鶴見区（後）",
                    "Tsurumi later"))).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("ward.stale");
            assertThat(tsurumi().getName().ja()).isEqualTo("鶴見区（先）");
            assertThat(theirs.getVersion()).isGreaterThan(seen.getVersion());
        } finally {
            SystemActor.call(() -> wards.rename(TSURUMI, tsurumi().getVersion(), seen.getNameJa(), seen.getNameEn()));
        }
    }

    @Test
    void aRenameAfterAnotherAdministratorsMailboxChangeIsRefusedToo() {
        Ward seen = tsurumi();
        Ward theirs = SystemActor.call(() -> wards.changeMailboxes(TSURUMI, seen.getVersion(), "other@example.org",
                seen.mailbox(Role.SUPPORT_ROOM).orElse(null)));
        try {
            assertThatThrownBy(() -> SystemActor.call(() -> wards.rename(TSURUMI, seen.getVersion(), "鶴見区（後）",
                    "Tsurumi later"))).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("ward.stale");
            assertThat(tsurumi().getNameJa()).isEqualTo(seen.getNameJa());
        } finally {
            SystemActor.call(() -> wards.changeMailboxes(TSURUMI, theirs.getVersion(),
                    seen.mailbox(Role.WARD_OFFICE).orElse(null),
                    seen.mailbox(Role.SUPPORT_ROOM).orElse(null)));
        }
    }

    private Ward tsurumi() {
        return SystemActor.call(() -> wards.findById(TSURUMI).orElseThrow());
    }
}
