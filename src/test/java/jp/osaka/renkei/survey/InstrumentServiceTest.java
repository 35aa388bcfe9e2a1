package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** 質問項目 of a round in preparation: add, rename, move, remove or retire; past rounds keep theirs. */
@DemoDataTest
class InstrumentServiceTest {

    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;
    private static final RespondentType ROOM = RespondentType.SUPPORT_ROOM;

    @Autowired
    InstrumentService instruments;
    @Autowired
    RoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    AuditLog audit;

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

    @Test
    @Transactional // the new partner goes with the rollback: other tests list the partners
    void aNewPartnerWithoutAnEnglishNameIsCalledByItsJapaneseNameInEnglishToo() {
        as(() -> rounds.create(2044, 2025));

        as(() -> {
            instruments.addNewPartner(2044, OFFICE, instruments.version(2044, OFFICE), " 作業療法士会 ", " ", false);
            return null;
        });

        assertThat(items(2044).getLast().label()).isEqualTo(new LocalizedText("作業療法士会", "作業療法士会"));
        assertThatThrownBy(() -> as(() -> {
            instruments.addNewPartner(2044, OFFICE, instruments.version(2044, OFFICE), " ", "OT association", false);
            return null;
        })).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("instrument.labelJa.required");
    }

    @Test
    void anItemRenamedWithoutAnEnglishNameIsCalledByItsJapaneseNameInEnglishToo() {
        as(() -> rounds.create(2045, 2025));
        ItemSummary first = items(2045).getFirst();

        as(() -> {
            instruments.relabel(2045, OFFICE, instruments.version(2045, OFFICE), first.id(), "地区医師会", "");
            return null;
        });

        assertThat(items(2045).getFirst().label()).isEqualTo(new LocalizedText("地区医師会", "地区医師会"));
    }

    @Test
    @Transactional
    void aNewPartnerGoesIntoBothInstrumentsOfTheRoundAndBothAdditionsAreAudited() {
        as(() -> rounds.create(2046, 2025));

        as(() -> {
            instruments.addNewPartner(2046, OFFICE, instruments.version(2046, OFFICE), "作業療法士会",
                    "Occupational therapists", true);
            return null;
        });

        assertThat(items(2046).getLast().label().ja()).isEqualTo("作業療法士会");
        assertThat(as(() -> instruments.items(2046, ROOM)).getLast().label().ja()).isEqualTo("作業療法士会");
        assertThat(as(() -> audit.find(new AuditFilter(AuditAction.ITEM_ADDED, null, null, null), 0, 100))).filteredOn(
                e -> e.getDetail().equals("作業療法士会")).extracting(AuditEntry::getTarget)
                .containsExactlyInAnyOrder("2046 ward-office", "2046 support-room");
    }

    @Test
    void aPartnerTheOtherInstrumentAlreadyAsksAboutIsAddedToNeitherWhenAskedForBoth() {
        as(() -> rounds.create(2047, 2025));
        PartnerSummary coordinator = as(() -> instruments.partnersToAdd(2047, ROOM)).getFirst();
        int before = as(() -> instruments.items(2047, ROOM)).size();

        assertThatThrownBy(() -> as(() -> {
            instruments.add(2047, ROOM, instruments.version(2047, ROOM), coordinator.id(), true);
            return null;
        })).isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("instrument.partner.presentIn.WARD_OFFICE");

        assertThat(as(() -> instruments.items(2047, ROOM))).hasSize(before);
        assertThat(as(() -> instruments.hasBothInstruments(2047))).isTrue();
    }

    @Test
    void nothingIsAddedToBothInstrumentsOfARoundPastPreparation() {
        long version = as(() -> instruments.version(2025, OFFICE));
        assertThatThrownBy(() -> as(() -> {
            instruments.addNewPartner(2025, OFFICE, version, "作業療法士会", "", true);
            return null;
        })).isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("instrument.notEditable");
        assertThat(as(() -> instruments.partnersToAdd(2025, OFFICE))).extracting(p -> p.name().ja())
                .doesNotContain("作業療法士会");
    }

    private List<ItemSummary> items(int fiscalYear) {
        return as(() -> instruments.items(fiscalYear, OFFICE));
    }

    private static <T> T as(Supplier<T> work) {
        return SystemActor.call(work);
    }
}
