package jp.osaka.renkei.goal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import java.util.function.Supplier;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.UserAccountService;
import jp.osaka.renkei.goal.KpiForm;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A KPI that another administrator changed after this one opened it is not deleted: the stale dialog says so. */
@DemoDataTest
class ConcurrentKpiDeleteTest extends SpringBrowserlessTest {

    @Autowired
    KpiService kpis;
    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails("admin")
    void aKpiDeletedAfterAnotherAdministratorsChangeStaysWithTheirChange() {
        KpiResult kpi = kpis.all().getLast();
        navigate(GoalsView.class);
        test(find(Button.class).withId("edit-kpi-" + kpi.id()).single()).click();
        inOtherSession(() -> kpis.update(kpi.id(), kpi.version(), new KpiForm(kpi.name().ja(),
                "Renamed by the other administrator", kpi.definition())));
        try {
            test(find(Button.class).withId("kpi-delete").single()).click();
            test(find(ConfirmDialog.class).all().stream().filter(d -> d.getId().isEmpty()).findFirst().orElseThrow())
                    .confirm();

            ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
            assertThat(stale.getElement().getProperty("message")).startsWith("この KPIは、あなたが開いた後に");
            assertThat(stored(kpi).name().en()).isEqualTo("Renamed by the other administrator");
            test(stale).confirm();
            assertThat(find(KpiDialog.class).exists()).isFalse();
        } finally {
            inOtherSession(() -> kpis.update(kpi.id(), stored(kpi).version(), new KpiForm(kpi.name().ja(),
                    kpi.name().en(), kpi.definition())));
        }
    }

    private KpiResult stored(KpiResult kpi) {
        return kpis.all().stream().filter(k -> k.id() == kpi.id()).findFirst().orElseThrow();
    }

    private void inOtherSession(Runnable work) {
        RunAs.call(accounts.loadUserByUsername("admin"), (Supplier<Void>) () -> {
            work.run();
            return null;
        });
    }
}
