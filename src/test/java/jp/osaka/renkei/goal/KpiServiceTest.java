package jp.osaka.renkei.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.results.ResultsService;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seeded KPIs computed from the demo data, and who may define KPIs with which checks. */
@DemoDataTest
class KpiServiceTest {

    private static final long COMMUNITY_CARE_CENTRE = 6;

    @Autowired
    KpiService kpis;
    @Autowired
    GoalService goals;
    @Autowired
    ResultsService results;

    @Test
    @WithUserDetails("viewer")
    void theSeededKpisAreComputedFromThePublishedRounds() {
        List<KpiResult> all = kpis.all();

        assertThat(all).hasSize(4);
        KpiResult physio = named(all, "「理学療法士会」を認知している区（相談支援室）");
        assertThat(physio.values()).containsEntry(2017, 12.0).containsEntry(2021, 13.0);
        assertThat(physio.progress().baseline()).isEqualTo(12.0);
        KpiResult share = named(all, "包括・ブランチ・社協と「とても連携できている」の割合（区役所）");
        assertThat(share.values()).containsEntry(2017, 38.9).containsEntry(2021, 59.7); // 28 and 43 of 72
        KpiResult centre = named(all, "地域包括支援センターと「とても連携できている」区（相談支援室）");
        assertThat(centre.values()).containsEntry(2017, 16.0).containsEntry(2021, 23.0);
        KpiResult pair = named(all, "区役所担当者とコーディネーターの相互評価が異なる区");
        assertThat(pair.values().get(2021)).isEqualTo((double) SystemActor.call(() -> results.mutualPairs(2021)).disagreeing());
        assertThat(pair.definition().fewerIsBetter()).isTrue();
        assertThat(all).allSatisfy(kpi -> assertThat(kpi.values()).doesNotContainKey(2025)); // open, not published
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorDefinesAKpiWhichIsComputedAtOnceAndCanBeRemoved() {
        long goal = goals.findAll().get(1).id();
        KpiForm form = new KpiForm("包括と「連携できている」以上の区", null, new KpiDefinition(KpiKind.WARDS_AT_LEVELS,
                RespondentType.WARD_OFFICE, List.of(COMMUNITY_CARE_CENTRE), Set.of(Level.VERY_WELL, Level.WELL), 2017, 24,
                2025, false));

        kpis.create(goal, form);
        KpiResult created = named(kpis.forGoal(goal), "包括と「連携できている」以上の区");
        try {
            assertThat(created.values()).containsEntry(2017, 24.0);
            assertThat(created.name().en()).isEqualTo("包括と「連携できている」以上の区"); // no English given
            assertThat(created.progress().status()).isEqualTo(KpiStatus.ACHIEVED);
            assertThatThrownBy(() -> kpis.update(created.id(), created.version() + 1, form))
                    .isInstanceOf(DomainException.class).hasMessage("kpi.stale");
        } finally {
            kpis.delete(created.id(), created.version());
        }
        assertThat(kpis.forGoal(goal)).extracting(KpiResult::id).doesNotContain(created.id());
    }

    @Test
    @WithUserDetails("admin")
    void aKpiMustSayWhatItCountsAndReachItsTargetAfterItsBaseline() {
        long goal = goals.findAll().get(0).id();
        assertThatThrownBy(() -> kpis.create(goal, form(KpiKind.WARDS_AT_LEVELS, List.of(), Set.of(Level.VERY_WELL), 2025)))
                .hasMessage("kpi.items.required");
        assertThatThrownBy(() -> kpis.create(goal, form(KpiKind.SHARE_AT_LEVELS, List.of(COMMUNITY_CARE_CENTRE), Set.of(),
                2025))).hasMessage("kpi.levels.required");
        assertThatThrownBy(() -> kpis.create(goal, form(KpiKind.WARDS_RECOGNISING, List.of(COMMUNITY_CARE_CENTRE),
                Set.of(), 2017))).hasMessage("kpi.years.order");
        assertThatThrownBy(() -> kpis.create(goal, new KpiForm(" ", null, form(KpiKind.MUTUAL_DISAGREEMENT, List.of(),
                Set.of(), 2025).definition()))).hasMessage("kpi.name.required");
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardUserReadsKpisButCannotDefineThem() {
        assertThat(kpis.all()).hasSize(4);
        long goal = goals.findAll().get(0).id();
        assertThatThrownBy(() -> kpis.create(goal, form(KpiKind.MUTUAL_DISAGREEMENT, List.of(), Set.of(), 2025)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static KpiForm form(KpiKind kind, List<Long> partners, Set<Level> levels, int targetYear) {
        return new KpiForm("テスト", null, new KpiDefinition(kind, RespondentType.SUPPORT_ROOM, partners, levels, 2017,
                10, targetYear, false));
    }

    private static KpiResult named(List<KpiResult> kpis, String nameJa) {
        return kpis.stream().filter(kpi -> kpi.name().ja().equals(nameJa)).findFirst().orElseThrow();
    }
}
