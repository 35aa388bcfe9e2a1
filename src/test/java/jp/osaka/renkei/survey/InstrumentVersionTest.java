package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two administrators edit the 質問項目 of the same round in preparation: both open them, one changes them, and
 * the other's change — made on the items as they were — is refused ("instrument.stale") and changes nothing.
 */
@DemoDataTest
class InstrumentVersionTest {

    private static final int YEAR = 2035;
    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    InstrumentService instruments;
    @Autowired
    RoundService rounds;

    @Test
    void aChangeOnTheItemsAsTheyWereIsRefusedAfterAnotherAdministratorsChangeAndThatChangeStays() {
        SystemActor.run(() -> rounds.create(YEAR, 2025));
        long seen = version();
        List<ItemSummary> items = items();

        SystemActor.run(() -> instruments.relabel(YEAR, OFFICE, seen, items.get(0).id(), "地区医師会",
                "District medical association"));

        assertStale(() -> instruments.relabel(YEAR, OFFICE, seen, items.get(0).id(), "医師会（後から）", "Later"));
        assertStale(() -> instruments.move(YEAR, OFFICE, seen, items.get(0).id(), 1));
        assertStale(() -> instruments.remove(YEAR, OFFICE, seen, items.get(1).id()));
        assertStale(() -> instruments.addNewPartner(YEAR, OFFICE, seen, "後から加えた会", "Later association", false));
        List<ItemSummary> now = items();
        assertThat(now.getFirst().label().ja()).isEqualTo("地区医師会");
        assertThat(now).extracting(ItemSummary::id).isEqualTo(items.stream().map(ItemSummary::id).toList());
        assertThat(version()).as("an item's new name raises the instrument's version").isGreaterThan(seen);
    }

    private long version() {
        return SystemActor.call(() -> instruments.version(YEAR, OFFICE));
    }

    private List<ItemSummary> items() {
        return SystemActor.call(() -> instruments.items(YEAR, OFFICE));
    }

    private static void assertStale(Runnable change) {
        assertThatThrownBy(() -> SystemActor.run(change)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("instrument.stale");
    }
}
