package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.CsvFile;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * Small numbers, in the services: below renkei.results.minimum-respondents (3) in any base, ward users and
 * viewers get who answered but no count per level, finding or export row; the bureau gets everything.
 */
@DemoDataTest
@TestPropertySource(properties = SmallRounds.DATABASE)
class SmallNumbersTest {

    private static final RespondentType OFFICE = RespondentType.WARD_OFFICE;

    @Autowired
    ResultsService results;
    @Autowired
    ResultsExportService exports;
    @Autowired
    FindingService findings;

    @BeforeEach
    void arrange(@Autowired ApplicationContext context) {
        SmallRounds.ensure(context);
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerGetsWhoAnsweredButNoCountFindingOrExportRowWhenTwoWardsAnswered() {
        InstrumentResults office = results.instrument(SmallRounds.TWO, null, OFFICE);

        assertThat(office.withheld()).isTrue();
        assertThat(office.items()).isEmpty();
        assertThat(office.respondents()).isEqualTo(new Respondents(2, 24));
        assertThat(findings.findings(SmallRounds.TWO, OFFICE).lines()).isEmpty();
        CsvFile csv = exports.countsCsv(SmallRounds.TWO, null, OFFICE, Locale.JAPANESE);
        assertThat(csv.rows()).singleElement()
                .satisfies(row -> assertThat(row.subList(3, 9)).allMatch(""::equals))
                .satisfies(row -> assertThat(List.<Object>copyOf(row.subList(9, 11))).containsExactly(2, 24));
        MutualPairs pairs = results.mutualPairs(SmallRounds.TWO);
        assertThat(pairs.withheld()).isTrue();
        assertThat(pairs.officeVeryWell()).isZero();
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserGetsNoCountsButStillTheirOwnWardsAnswers() {
        assertThat(results.instrument(SmallRounds.TWO, null, OFFICE).items()).isEmpty();
        assertThat(results.ownWardAnswers(SmallRounds.TWO, OFFICE)).isNotEmpty()
                .allSatisfy((partner, level) -> assertThat(level).isEqualTo(Level.VERY_WELL));
    }

    @Test
    @WithUserDetails("viewer")
    void aChangeOverTooFewWardsThatAnsweredBothRoundsIsWithheldThoughTheRoundHasEnough() {
        InstrumentResults alone = results.instrument(SmallRounds.THREE, null, OFFICE);
        InstrumentResults compared = results.instrument(SmallRounds.THREE, SmallRounds.TWO, OFFICE);

        // at the minimum the counts are given: 2 of the 3 wards answered とても
        assertThat(alone.withheld()).isFalse();
        assertThat(alone.items().getFirst().current().count(Level.VERY_WELL)).isEqualTo(2);
        assertThat(compared.pairedWards()).isEqualTo(2);
        assertThat(compared.withheld()).isTrue();
        assertThat(compared.items()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theBureauStillSeesEveryCountAndTheChangeOverTheWardsThatAnsweredBoth() {
        InstrumentResults two = results.instrument(SmallRounds.TWO, null, OFFICE);
        InstrumentResults compared = results.instrument(SmallRounds.THREE, SmallRounds.TWO, OFFICE);

        assertThat(two.withheld()).isFalse();
        assertThat(two.items().getFirst().current().count(Level.VERY_WELL)).isEqualTo(1);
        ItemResult first = compared.items().getFirst();
        // 福島区 answered only the later round: its とても is not a rise
        assertThat(first.current().count(Level.VERY_WELL)).isEqualTo(2);
        assertThat(first.change(Level.VERY_WELL)).isZero();
        assertThat(exports.countsCsv(SmallRounds.TWO, null, OFFICE, Locale.JAPANESE).rows()).hasSizeGreaterThan(1);
        assertThat(results.mutualPairs(SmallRounds.TWO).withheld()).isFalse();
    }
}
