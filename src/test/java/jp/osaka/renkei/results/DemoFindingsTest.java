package jp.osaka.renkei.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo's 令和3年度 (compared with 平成29年度) says what the seed (資料３) says, read as the bureau reads it:
 * one test per bullet of the seed.
 */
@DemoDataTest
@WithUserDetails("admin")
class DemoFindingsTest {

    private static final String OVERALL_RISE =
            "全体として、関係機関との連携において、「とても連携できている」と回答した区の数が増加している";
    private static final String PAIR_DISAGREES = "区役所担当者と在宅医療・介護連携支援コーディネーターとの連携において、"
            + "「とても連携できている」の回答に相違がある";

    @Autowired
    FindingService findings;
    @Autowired
    ConclusionsService conclusions;

    @Test
    void wardOfficesSayThatOverallMoreWardsCooperateVeryWell() {
        assertThat(texts(office())).anyMatch(text -> text.startsWith(OVERALL_RISE));
    }

    @Test
    void wardOfficesNameOnlyTheBranchesAndTheHomeHelpersAsRisenButOnlyAboutHalf() {
        assertThat(texts(office())).filteredOn(text -> text.contains("約半数")).containsExactly(
                "『7.総合相談窓口（ブランチ）』（24区中12区）、『10.訪問介護（ヘルパー）事業所連絡会』（24区中11区）との連携において、"
                        + "「とても連携できている」と回答した区の数は増加しているものの、約半数程度である。");
    }

    @Test
    void wardOfficesSayThePhysiotherapistsAreNotRecognisedInManyWards() {
        assertThat(texts(office())).anyMatch(text -> text.startsWith("『11.理学療法士会』（24区中11区）については")
                && text.endsWith("認知されていない区が多い。"));
    }

    @Test
    void wardOfficesSayAlmostAllCooperateVeryWellWithTheCoordinatorsMoreThanIn2017() {
        assertThat(texts(office())).contains("『12.在宅医療・介護連携支援コーディネーター』（24区中23区）との連携において、"
                + "ほぼすべての区で「とても連携できている」と回答しており、平成29年度と比較し増加している。");
    }

    @Test
    void wardOfficesAndSupportRoomsDisagreeAboutEachOther() {
        assertThat(texts(office())).anyMatch(text -> text.startsWith(PAIR_DISAGREES));
        assertThat(texts(room())).anyMatch(text -> text.startsWith(PAIR_DISAGREES));
    }

    @Test
    void supportRoomsSayOverallMoreWardsCooperateVeryWellAndAlmostAllWithNursesAndCentres() {
        List<String> texts = texts(room());

        assertThat(texts).anyMatch(text -> text.startsWith(OVERALL_RISE));
        assertThat(texts).contains("『5.訪問看護ステーション』（24区中22区）、『6.地域包括支援センター』（24区中23区）との連携において、"
                + "ほぼすべての区で「とても連携できている」と回答しており、平成29年度と比較し増加している。");
    }

    @Test
    void supportRoomsSayTheHomeHelpersRoseButAreStillFew() {
        assertThat(texts(room())).contains("『10.訪問介護（ヘルパー）事業所連絡会』（24区中4区）との連携において、"
                + "「とても連携できている」と回答した区の数は増加したものの、依然として少ない。");
    }

    @Test
    void supportRoomsSayDentistsPharmacistsBranchesAndTheWelfareCouncilRoseToAboutHalf() {
        assertThat(texts(room())).filteredOn(text -> text.contains("約半数")).containsExactly(
                "『2.歯科医師会』（24区中11区）、『3.薬剤師会』（24区中12区）、『7.総合相談窓口（ブランチ）』（24区中12区）、"
                        + "『8.社会福祉協議会』（24区中11区）との連携は、「とても連携できている」と回答した区の数が約半数に増加している。");
    }

    @Test
    void supportRoomsSayThePhysiotherapistsAreNotRecognisedInManyWards() {
        assertThat(texts(room())).anyMatch(text -> text.startsWith("『11.理学療法士会』（24区中11区）については")
                && text.endsWith("認知されていない区が多い。"));
    }

    @Test
    void supportRoomsSayTheWardOfficeStaffAreFlatAtAboutHalf() {
        assertThat(texts(room())).anyMatch(text -> text.contains("『12.区役所担当者』（24区中12区）")
                && text.contains("ほぼ横ばいである"));
    }

    @Test
    void theSeedsSummaryAndDirectionOf2021AreThere() {
        Conclusions of2021 = conclusions.conclusions(2021).orElseThrow();

        assertThat(of2021.summaryJa()).contains("『理学療法士会』が存在していることが認知されておらず");
        assertThat(of2021.directionJa()).contains("＃地域における医療・介護の様々な関係機関との連携の強化");
        assertThat(conclusions.conclusions(2017)).isEmpty();
    }

    private Findings office() {
        Findings office = findings.findings(2021, RespondentType.WARD_OFFICE);
        assertThat(office.curated()).as("generated, not curated by another test").isFalse();
        return office;
    }

    private Findings room() {
        return findings.findings(2021, RespondentType.SUPPORT_ROOM);
    }

    private static List<String> texts(Findings findings) {
        return findings.lines().stream().map(FindingSummary::textJa).toList();
    }
}
