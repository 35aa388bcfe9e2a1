package jp.osaka.renkei.goal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.goal.Goal;
import jp.osaka.renkei.goal.GoalService;
import jp.osaka.renkei.goal.GoalSummary;

/** Administrators correct a goal's title (Japanese and English) and description. */
class GoalDialog extends Dialog {

    GoalDialog(GoalSummary goal, GoalService goals, Runnable onSaved) {
        setId("goal-dialog");
        setHeaderTitle(getTranslation("goal.edit"));
        setWidth("min(40rem, 95vw)");
        TextField ja = new TextField(getTranslation("goal.titleJa"));
        ja.setValue(goal.title().ja());
        ja.setId("goal-title-ja");
        ja.setMaxLength(Goal.MAX_TITLE_LENGTH);
        TextField en = new TextField(getTranslation("goal.titleEn"));
        en.setValue(goal.title().en());
        en.setId("goal-title-en");
        en.setMaxLength(Goal.MAX_TITLE_EN_LENGTH);
        TextArea description = new TextArea(getTranslation("goal.description"));
        description.setValue(goal.description() == null ? "" : goal.description());
        description.setId("goal-description");
        description.setMaxLength(Goal.MAX_DESCRIPTION_LENGTH);
        FormLayout form = new FormLayout(ja, en, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("goal.save"), e -> {
            if (StaleDialog.save("stale.what.goal",
                    () -> goals.update(goal.id(), goal.version(), ja.getValue(), en.getValue(), description.getValue()),
                    () -> {
                        close();
                        onSaved.run();
                    })) {
                close();
                Notifications.success(getTranslation("goal.saved"));
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("goal-save");
        getFooter().add(new Button(getTranslation("goal.cancel"), e -> close()), save);
    }
}
