package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import jp.osaka.renkei.action.Action;
import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionInput;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ActionStatus;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.ui.DatePickers;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.goal.GoalSummary;
import jp.osaka.renkei.survey.PartnerSummary;

import org.jspecify.annotations.Nullable;

/** The form of a new or an existing action, checked field by field before the service checks it again. */
class ActionDialog extends Dialog {

    /** The form's values while they are edited. */
    static final class Draft {
        @Nullable String title = "";
        @Nullable String description = "";
        ActionLabels.@Nullable Place place;
        Set<PartnerSummary> partners = new HashSet<>();
        @Nullable GoalSummary goal;
        ActionService.@Nullable Owner owner;
        @Nullable LocalDate dueDate;
        @Nullable ActionStatus status = ActionStatus.PLANNED;
    }


    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<ActionLabels.Place> place = new ComboBox<>();
    private final MultiSelectComboBox<PartnerSummary> partners = new MultiSelectComboBox<>();
    private final ComboBox<GoalSummary> goal = new ComboBox<>();
    private final ComboBox<ActionService.Owner> owner = new ComboBox<>();
    private final DatePicker dueDate = DatePickers.create("");
    private final Select<ActionStatus> status = new Select<>();
    private final Binder<Draft> binder = new Binder<>();
    private final ActionService actions;

    ActionDialog(@Nullable ActionDetail existing, ActionLabels labels, ActionService actions, RenkeiUser user,
            LongConsumer onSaved) {
        this.actions = actions;
        setId("action-dialog");
        setHeaderTitle(getTranslation(existing == null ? "action.create" : "action.edit"));
        setWidth("min(48rem, 95vw)");
        configureFields(labels, user);
        bind();
        Draft draft = existing == null ? newDraft(labels, user) : draftOf(existing, labels);
        binder.readBean(draft);
        add(new FormLayout(title, place, partners, goal, owner, dueDate, status, description));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("action.save"), e -> save(existing, draft, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("action-save");
        getFooter().add(cancel, save);
    }

    private void configureFields(ActionLabels labels, RenkeiUser user) {
        title.setLabel(getTranslation("action.field.title"));
        title.setId("action-title");
        title.setMaxLength(Action.MAX_TITLE_LENGTH);
        description.setLabel(getTranslation("action.field.description"));
        description.setId("action-description");
        description.setMaxLength(Action.MAX_DESCRIPTION_LENGTH);
        place.setLabel(getTranslation("action.field.ward"));
        place.setItems(labels.places().stream().filter(p -> user.role().wardScoped() ? p.wardId() != null
                && p.wardId().equals(user.wardId()) : true).toList());
        place.setItemLabelGenerator(ActionLabels.Place::name);
        place.setReadOnly(user.role().wardScoped());
        place.setId("action-ward");
        place.addValueChangeListener(e -> owner.setItems(actions.owners(e.getValue() == null ? null
                : e.getValue().wardId())));
        partners.setLabel(getTranslation("action.field.partners"));
        partners.setItems(labels.partners());
        partners.setItemLabelGenerator(labels::partnerName);
        partners.setId("action-partners");
        goal.setLabel(getTranslation("action.field.goal"));
        goal.setItems(labels.goals());
        goal.setItemLabelGenerator(g -> g.title().get(getLocale()));
        goal.setClearButtonVisible(true);
        goal.setId("action-goal");
        owner.setLabel(getTranslation("action.field.owner"));
        owner.setItemLabelGenerator(o -> OwnerLabel.of(o, this::getTranslation));
        owner.setHelperText(getTranslation("action.owner.freeNameHelp"));
        // a name not in the list: a person without an account (e.g. 訪問看護ステーション 田中) owns the action
        owner.setAllowCustomValue(true);
        owner.addCustomValueSetListener(e -> owner.setValue(e.getDetail().isBlank() ? null
                : ActionService.Owner.named(e.getDetail().strip())));
        owner.setId("action-owner");
        dueDate.setLabel(getTranslation("action.field.dueDate"));
        dueDate.setId("action-due-date");
        status.setLabel(getTranslation("action.field.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setId("action-status");
    }

    private void bind() {
        binder.forField(title).asRequired(getTranslation("action.title.required"))
                .withValidator(v -> TextLimit.fits(v.strip(), Action.MAX_TITLE_LENGTH),
                        getTranslation("action.title.tooLong", Action.MAX_TITLE_LENGTH))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description)
                .withValidator(v -> TextLimit.fits(v.strip(), Action.MAX_DESCRIPTION_LENGTH),
                        getTranslation("action.description.tooLong", Action.MAX_DESCRIPTION_LENGTH))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(place).asRequired(getTranslation("action.ward.required"))
                .bind(d -> d.place, (d, v) -> d.place = v);
        binder.forField(partners).asRequired(getTranslation("action.partners.required"))
                .bind(d -> d.partners, (d, v) -> d.partners = v);
        binder.forField(goal).bind(d -> d.goal, (d, v) -> d.goal = v);
        binder.forField(owner).asRequired(getTranslation("action.owner.required"))
                .withValidator(
                        o -> !o.withoutAccount() || TextLimit.fits(o.displayName(), Action.MAX_OWNER_NAME_LENGTH),
                        getTranslation("action.ownerName.tooLong", Action.MAX_OWNER_NAME_LENGTH))
                .bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(dueDate).asRequired(getTranslation("action.dueDate.required"))
                .bind(d -> d.dueDate, (d, v) -> d.dueDate = v);
        // Not asRequired: the select always has a status (no empty choice), and its required marker puts
        // aria-required on the select's inner button, where ARIA does not allow it (axe aria-allowed-attr, 4.1.2).
        binder.forField(status).withValidator(Objects::nonNull, getTranslation("action.status.required"))
                .bind(d -> d.status, (d, v) -> d.status = v);
    }

    private Draft newDraft(ActionLabels labels, RenkeiUser user) {
        Draft draft = new Draft();
        draft.place = user.role().wardScoped() ? labels.place(user.wardId()) : null;
        if (draft.place != null) {
            owner.setItems(actions.owners(draft.place.wardId()));
            draft.owner = actions.owners(draft.place.wardId()).stream()
                    .filter(o -> user.username().equals(o.username())).findFirst().orElse(null);
        }
        return draft;
    }

    private Draft draftOf(ActionDetail existing, ActionLabels labels) {
        Draft draft = new Draft();
        draft.title = existing.title();
        draft.description = existing.description() == null ? "" : existing.description();
        draft.place = labels.place(existing.wardId());
        draft.partners = labels.partners().stream().filter(p -> existing.partnerIds().contains(p.id()))
                .collect(Collectors.toSet());
        draft.goal = labels.goals().stream().filter(g -> existing.goalId() != null && g.id() == existing.goalId())
                .findFirst().orElse(null);
        List<ActionService.Owner> candidates = actions.owners(existing.wardId());
        owner.setItems(candidates);
        draft.owner = existing.ownerWithoutAccount() ? ActionService.Owner.named(existing.ownerName())
                : candidates.stream().filter(o -> Objects.equals(o.username(), existing.owner())).findFirst()
                        .orElse(null);
        draft.dueDate = existing.dueDate();
        draft.status = existing.status();
        return draft;
    }

    private void save(@Nullable ActionDetail existing, Draft draft, LongConsumer onSaved) {
        if (!binder.writeBeanIfValid(draft) || draft.place == null || draft.owner == null || draft.status == null) {
            return;
        }
        ActionInput input = new ActionInput(draft.title == null ? "" : draft.title, draft.description,
                draft.place.wardId(), draft.partners.stream().map(PartnerSummary::id).collect(Collectors.toSet()),
                draft.goal == null ? null : draft.goal.id(), draft.owner.username(),
                draft.owner.withoutAccount() ? draft.owner.displayName() : null, draft.dueDate, draft.status);
        if (existing == null) {
            try {
                long id = actions.create(input);
                saved(onSaved, id);
            } catch (DomainException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        } else if (StaleDialog.save("stale.what.action",
                // the version this form was opened with, never one read again now
                () -> actions.update(existing.id(), existing.version(), input),
                () -> {
                    close();
                    onSaved.accept(existing.id());
                })) {
            saved(onSaved, existing.id());
        }
    }

    private void saved(LongConsumer onSaved, long id) {
        close();
        Notifications.success(getTranslation("action.saved"));
        onSaved.accept(id);
    }
}
