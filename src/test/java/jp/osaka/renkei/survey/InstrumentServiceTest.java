package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 質問項目 of a round in preparation: add, rename, move, remove or retire; past rounds keep theirs. */
@DemoDataTest
class InstrumentServiceTest {

    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    InstrumentService instruments;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;

    @Test
    void renamingAnItemOfANewRoundLeavesPastRoundsAsTheyWereAndCarriesIntoTheNextRound() {
        as(() -> rounds.create(2030, 2025));
        ItemSummary branch = items(2030).get(6);

        as(() -> {
            instruments.relabel(2030, OFFICE,
                    instruments.version(2030, OFFICE), branch.id(), "総合相談窓口", "General consultation desks");
            return null;
        });

        assertThat(items(2030).get(6).label().ja()).isEqualTo("総合相談窓口");
        assertThat(items(2025).get(6).label().ja()).isEqualTo("総合相談窓口（ブランチ）");
        as(() -> rounds.create(2031, 2030));
        assertThat(items(2031).get(6).label().ja()).isEqualTo("総合相談窓口");
    }

    @Test
    void movingAnItemRenumbersTheItems() {
        as(() -> rounds.create(2032, 2025));
        ItemSummary last = items(2032).get(11);

        as(() -> {
            instruments.move(2032, OFFICE, instruments.version(2032, OFFICE), last.id(), -1);
            return null;
        });

        List<ItemSummary> after = items(2032);
        assertThat(after.get(10).id()).isEqualTo(last.id());
        assertThat(after).extracting(ItemSummary::itemNo).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void anUnansweredItemIsRemovedAndAnAnsweredOneOnlyRetired() {
        RoundSummary round = as(() -> rounds.create(2033, 2025));
        List<ItemSummary> items = items(2033);
        ResponseKey kita = new ResponseKey(2033, 1, OFFICE);
        as(() -> {
            responses.recordOnBehalf(kita, List.of(new AnswerInput(items.get(0).id(), Level.WELL, null)), false,
                    "ward-kita", java.time.Instant.now());
            instruments.remove(2033, OFFICE, instruments.version(2033, OFFICE), items.get(0).id());
            instruments.remove(2033, OFFICE, instruments.version(2033, OFFICE), items.get(1).id());
            return null;
        });

        List<ItemSummary> after = items(2033);
        assertThat(after).hasSize(11);
        assertThat(after.getFirst().retired()).as("answered: kept, retired").isTrue();
        assertThat(after).extracting(ItemSummary::id).doesNotContain(items.get(1).id());
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void theItemsOfARoundPastPreparationCannotChange() {
        ItemSummary first = items(2025).getFirst();
        assertThatThrownBy(() -> as(() -> {
            instruments.relabel(2025, OFFICE, instruments.version(2025, OFFICE), first.id(), "医師会（改）", "Medical");
            return null;
        })).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("instrument.notEditable");
    }

    private List<ItemSummary> items(int fiscalYear) {
        return as(() -> instruments.items(fiscalYear, OFFICE));
    }

    private static <T> T as(Supplier<T> work) {
        return SystemActor.call(work);
    }
}
