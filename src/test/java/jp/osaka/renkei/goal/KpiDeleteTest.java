package jp.osaka.renkei.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Deleting a KPI names the version the administrator saw: a KPI that another administrator changed since is
 * not deleted unseen ("kpi.stale"), and their change stays.
 */
@DemoDataTest
@WithUserDetails("admin")
class KpiDeleteTest {

    @Autowired
    KpiService kpis;
    @Autowired
    GoalService goals;
    @Autowired
    UserAccountService accounts;

    @Test
    void aDeleteOfTheKpiAsItWasIsRefusedAfterAnotherAdministratorsChangeAndTheChangeStays() {
        long goal = goals.findAll().get(1).id();
        KpiForm form = new KpiForm("削除の確認用の KPI", null, new KpiDefinition(KpiKind.WARDS_AT_LEVELS,
                RespondentType.WARD_OFFICE, List.of(6L), Set.of(Level.VERY_WELL), 2017, 10, 2025, false));
        kpis.create(goal, form);
        KpiResult seen = named(goal, "削除の確認用の KPI");
        inOtherSession(() -> kpis.update(seen.id(), seen.version(),
                new KpiForm("削除の確認用の KPI", "Changed by the other administrator", form.definition())));

        try {
            assertThatThrownBy(() -> kpis.delete(seen.id(), seen.version())).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("kpi.stale");
            assertThat(named(goal, "削除の確認用の KPI").name().en()).isEqualTo("Changed by the other administrator");
        } finally {
            kpis.delete(seen.id(), named(goal, "削除の確認用の KPI").version());
        }
        assertThat(kpis.forGoal(goal)).extracting(KpiResult::id).doesNotContain(seen.id());
    }

    private KpiResult named(long goal, String nameJa) {
        return kpis.forGoal(goal).stream().filter(kpi -> kpi.name().ja().equals(nameJa)).findFirst().orElseThrow();
    }

    private void inOtherSession(Runnable work) {
        RunAs.call(accounts.loadUserByUsername("admin"), (Supplier<Void>) () -> {
            work.run();
            return null;
        });
    }
}
