package jp.osaka.renkei.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.action.ActionRow;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.results.WardHistory;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who may open which ward's profile, on the demo data: the bureau any, a ward its own, viewers none. */
@DemoDataTest
class WardProfileServiceTest {

    private static final String KITA = "271276";
    private static final String TENNOJI = "271098";

    @Autowired
    WardProfileService profiles;

    @Test
    @WithUserDetails("admin")
    void theBureauOpensAnyWardsProfileWithEveryRoundSinceItOpened() {
        WardProfile profile = profiles.profile(TENNOJI);

        WardHistory history = profile.history();
        assertThat(history.ward().ja()).isEqualTo("天王寺区");
        // other tests of the shared demo context add rounds of their own: the demo's come in order among them
        assertThat(history.rounds()).extracting(RoundSummary::fiscalYear).containsSubsequence(2017, 2021, 2025)
                .isSorted();
        assertThat(history.items(RespondentType.WARD_OFFICE)).hasSize(12);
        assertThat(history.items(RespondentType.SUPPORT_ROOM)).hasSize(12);
        assertThat(history.comments()).isNotEmpty();
        assertThat(profile.actions()).extracting(ActionRow::title).contains("社会福祉協議会との事例検討会");
        assertThat(profile.actions()).extracting(ActionRow::wardId).containsOnly(history.wardId());
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserOpensTheirOwnWardsProfileWithThePublishedRounds() {
        WardHistory history = profiles.profile(KITA).history();

        assertThat(history.ward().ja()).isEqualTo("北区");
        assertThat(history.rounds()).extracting(RoundSummary::fiscalYear).containsSubsequence(2017, 2021)
                .doesNotContain(2025);
        assertThat(history.rounds()).allMatch(round -> round.status() == RoundStatus.PUBLISHED, "published");
    }

    @Test
    @WithUserDetails("room-kita")
    void aWardUserIsRefusedAnotherWardsProfile() {
        assertThatThrownBy(() -> profiles.profile(TENNOJI)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerIsRefusedEveryWardsProfile() {
        assertThatThrownBy(() -> profiles.profile(KITA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anUnknownWardCodeIsNotFound() {
        assertThatThrownBy(() -> profiles.profile("999999")).isInstanceOf(DomainException.class)
                .hasMessageContaining("ward.notFound");
    }
}
