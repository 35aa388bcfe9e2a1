package jp.osaka.renkei.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reordering items on MariaDB: the unique (instrument, number) holds at every statement of the renumbering. */
@IntegrationTest
class InstrumentIT {

    private static final int FISCAL_YEAR = 2087;
    private static final String NEW_PARTNER = "作業療法士会";

    @Autowired
    InstrumentService instruments;
    @Autowired
    JdbcTemplate jdbc;

    private SurveyFixture fixture;

    @BeforeEach
    void arrange(@Autowired UserAccountService accounts, @Autowired RoundService rounds, @Autowired Clock clock) {
        fixture = new SurveyFixture(accounts, rounds, jdbc, clock);
        fixture.draftRound(FISCAL_YEAR);
    }

    @AfterEach
    void cleanUp() {
        fixture.removeAll();
        jdbc.update("delete from partner where name_ja = ?", NEW_PARTNER);
    }

    @Test
    void aNewPartnerBecomesAnItemAtTheEnd() {
        SystemActor.run(() -> instruments.addNewPartner(FISCAL_YEAR, RespondentType.WARD_OFFICE,
                instruments.version(FISCAL_YEAR, RespondentType.WARD_OFFICE), NEW_PARTNER,
                "Occupational therapists' association", false));

        List<ItemSummary> items = SystemActor.call(() -> instruments.items(FISCAL_YEAR, RespondentType.WARD_OFFICE));
        assertThat(items).hasSize(13);
        assertThat(items.getLast().itemNo()).isEqualTo(13);
        assertThat(items.getLast().label().ja()).isEqualTo(NEW_PARTNER);
    }

    @Test
    void movingTheLastItemToTheTopRenumbersEveryItem() {
        List<ItemSummary> before = items();
        ItemSummary last = before.getLast();

        for (int i = 0; i < before.size() - 1; i++) {
            SystemActor.run(() -> instruments.move(FISCAL_YEAR, RespondentType.SUPPORT_ROOM,
                    instruments.version(FISCAL_YEAR, RespondentType.SUPPORT_ROOM), last.id(), -1));
        }

        List<ItemSummary> after = items();
        assertThat(after.getFirst().id()).isEqualTo(last.id());
        assertThat(after.getFirst().label().ja()).isEqualTo("区役所担当者");
        assertThat(after).extracting(ItemSummary::itemNo).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(jdbc.queryForObject("""
                select count(distinct i.item_no) from instrument_item i join instrument n on n.id = i.instrument_id
                join survey_round r on r.id = n.round_id where r.fiscal_year = ? and n.respondent_type = 'SUPPORT_ROOM'""",
                Integer.class, FISCAL_YEAR)).isEqualTo(12);
    }

    private List<ItemSummary> items() {
        return SystemActor.call(() -> instruments.items(FISCAL_YEAR, RespondentType.SUPPORT_ROOM));
    }
}
