package jp.osaka.renkei.goal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.goal.KpiForm;
import jp.osaka.renkei.goal.KpiResult;
import jp.osaka.renkei.goal.KpiService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Two administrators change the same goal or KPI (or one deletes the KPI): one in this UI, the other in their own session (the
 * service, signed in as them) after the first opened the form. The later save is refused with the
 * reload dialog and changes nothing.
 */
@DemoDataTest
class ConcurrentGoalEditTest extends SpringBrowserlessTest {

    @Autowired
    GoalService goals;
    @Autowired
    KpiService kpis;
    @Autowired
    UserAccountService accounts;

    @Test
    @WithUserDetails("admin")
    void aGoalSavedAfterAnotherAdministratorsChangeIsRefusedAndTheirChangeStays() {
        GoalSummary goal = goals.findAll().getLast();
        navigate(GoalsView.class);
        test(find(Button.class).withId("edit-goal-" + goal.id()).single()).click();
        test(find(TextField.class).withId("goal-title-ja").single()).setValue("こちらで変えた目標");

        GoalSummary theirs = inOtherSession(() -> goals.update(goal.id(), goal.version(), goal.title().ja(),
                goal.title().en(), "ほかの管理者が書いた説明"));
        try {
            test(find(Button.class).withId("goal-save").single()).click();

            ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
            GoalSummary stored = goals.findById(goal.id()).orElseThrow();
            assertThat(stored.title()).isEqualTo(goal.title());
            assertThat(stored.description()).isEqualTo("ほかの管理者が書いた説明");
            test(stale).confirm();
            assertThat(find(Dialog.class).withId("goal-dialog").exists()).isFalse();
        } finally {
            inOtherSession(() -> goals.update(goal.id(), theirs.version(), goal.title().ja(), goal.title().en(),
                    goal.description()));
        }
    }

    @Test
    @WithUserDetails("admin")
    void aKpiSavedAfterAnotherAdministratorsChangeIsRefusedAndTheirChangeStays() {
        KpiResult kpi = kpis.all().getLast();
        navigate(GoalsView.class);
        test(find(Button.class).withId("edit-kpi-" + kpi.id()).single()).click();
        test(find(TextField.class).withId("kpi-name-ja").single()).setValue("こちらで変えた KPI");

        renameInOtherSession(kpi, kpi.version(), "Renamed by the other administrator");
        try {
            test(find(Button.class).withId("kpi-save").single()).click();

            ConfirmDialog stale = find(ConfirmDialog.class).withId("stale-dialog").single();
            KpiResult stored = stored(kpi);
            assertThat(stored.name().ja()).isEqualTo(kpi.name().ja());
            assertThat(stored.name().en()).isEqualTo("Renamed by the other administrator");
            assertThat(find(TextField.class).withId("kpi-name-ja").single().getValue())
                    .as("the administrator's own input is still there to copy").isEqualTo("こちらで変えた KPI");
            test(stale).confirm();
            assertThat(find(KpiDialog.class).exists()).isFalse();
        } finally {
            renameInOtherSession(kpi, stored(kpi).version(), kpi.name().en());
        }
    }

    @Test
    @WithUserDetails("admin")
    void aKpiDeletedAfterAnotherAdministratorsChangeStaysWithTheirChange() {
        KpiResult kpi = kpis.all().getLast();
        navigate(GoalsView.class);
        test(find(Button.class).withId("edit-kpi-" + kpi.id()).single()).click();
        renameInOtherSession(kpi, kpi.version(), "Renamed by the other administrator");
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
            renameInOtherSession(kpi, stored(kpi).version(), kpi.name().en());
        }
    }

    /** Another administrator gives the KPI a new English name. */
    private void renameInOtherSession(KpiResult kpi, long version, String nameEn) {
        inOtherSession(() -> {
            kpis.update(kpi.id(), version, new KpiForm(kpi.name().ja(), nameEn, kpi.definition()));
            return null;
        });
    }

    private KpiResult stored(KpiResult kpi) {
        return kpis.all().stream().filter(k -> k.id() == kpi.id()).findFirst().orElseThrow();
    }

    private <T> T inOtherSession(java.util.function.Supplier<T> work) {
        return RunAs.call(accounts.loadUserByUsername("admin"), work);
    }
}
