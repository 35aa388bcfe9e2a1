package jp.osaka.renkei.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.util.ReflectionTestUtils;

/** Builds the survey's entities in memory for unit tests, with the ids the database would give them. */
final class InMemorySurvey {

    private InMemorySurvey() {
    }

    static Partner partner(long id, String nameJa, RespondentType represents) {
        Partner partner = new Partner();
        ReflectionTestUtils.setField(partner, "id", id);
        ReflectionTestUtils.setField(partner, "code", "P" + id);
        ReflectionTestUtils.setField(partner, "nameJa", nameJa);
        ReflectionTestUtils.setField(partner, "nameEn", "Partner " + id);
        ReflectionTestUtils.setField(partner, "represents", represents);
        ReflectionTestUtils.setField(partner, "sortOrder", (int) id);
        return partner;
    }

    /** The standard instrument of a ward office: 11 common partners and the coordinator. */
    static Instrument instrument(Round round, RespondentType type, int items) {
        Instrument instrument = new Instrument(round, type);
        for (int no = 1; no <= items; no++) {
            instrument.addItem(partner(no, "関係機関" + no, null), no);
        }
        List<InstrumentItem> added = new ArrayList<>(instrument.activeItems());
        for (InstrumentItem item : added) {
            ReflectionTestUtils.setField(item, "id", 100L + item.getItemNo());
        }
        return instrument;
    }

    static Round openRound() {
        Round round = new Round(2025, null, Instant.EPOCH);
        round.open(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 25));
        return round;
    }

    static long itemId(int itemNo) {
        return 100L + itemNo;
    }
}
