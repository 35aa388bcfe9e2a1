package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.function.Supplier;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.survey.MissingResponseService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

/** 調査回 (administrators): create a round, open it with a deadline, close it, publish it. */
@Route("admin/rounds")
@Menu(order = 10, title = "menu.rounds", icon = "vaadin:calendar")
@RolesAllowed(Roles.CITY_ADMIN)
class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final ResponseService responses;
    private final MissingResponseService missing;
    private final Grid<RoundSummary> grid = new Grid<>();

    RoundsView(RoundService rounds, ResponseService responses, MissingResponseService missing) {
        this.rounds = rounds;
        this.responses = responses;
        this.missing = missing;
        addClassName("rounds-view");
        setSizeFull();
        Button create = new Button(getTranslation("rounds.create"), VaadinIcon.PLUS.create(),
                e -> new CreateRoundDialog(this.rounds.findAll(), this::create).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-round");

        grid.addColumn(r -> FiscalYears.format(r.fiscalYear(), getLocale())).setHeader(getTranslation("rounds.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("rounds.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.deadline() == null ? "" : DateFormats.date(r.deadline(), getLocale()))
                .setHeader(getTranslation("rounds.deadline")).setAutoWidth(true);
        grid.addColumn(r -> r.comparisonFiscalYear() == null ? getTranslation("rounds.comparison.none")
                : FiscalYears.format(r.comparisonFiscalYear(), getLocale()))
                .setHeader(getTranslation("rounds.comparison")).setAutoWidth(true);
        grid.addColumn(this::submitted).setHeader(getTranslation("rounds.submitted")).setAutoWidth(true);
        grid.addComponentColumn(this::itemLinks).setHeader(getTranslation("rounds.items")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("rounds.actions")).setAutoWidth(true);
        grid.setId("rounds-grid");
        add(new ViewToolbar(getTranslation("rounds.title"), create), grid);
        refresh();
    }

    /** The round's summary: how many wards have submitted, per respondent type. */
    private String submitted(RoundSummary round) {
        return responses.submissionCounts(round.id()).stream()
                .map(count -> getTranslation("rounds.submitted.count", getTranslation(count.type().messageKey()),
                        count.submitted()))
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    /** The round's items, per respondent type: editable while 準備中, for reading afterwards. */
    private Component itemLinks(RoundSummary round) {
        HorizontalLayout links = new HorizontalLayout();
        for (RespondentType type : RespondentType.values()) {
            links.add(new Anchor("admin/rounds/" + round.fiscalYear() + "/" + type.slug(),
                    getTranslation(type.messageKey())));
        }
        return links;
    }

    private Component actions(RoundSummary round) {
        return switch (round.status()) {
            case DRAFT -> action("rounds.open", "open-" + round.fiscalYear(),
                    () -> new OpenRoundDialog(round, deadline -> run(() -> rounds.open(round.id(), deadline),
                            "rounds.opened")).open());
            case OPEN -> action("rounds.close", "close-" + round.fiscalYear(), () -> confirm(round,
                    "rounds.close", () -> run(() -> rounds.close(round.id()), "rounds.closed")));
            case CLOSED -> action("rounds.publish", "publish-" + round.fiscalYear(), () -> confirm(round,
                    "rounds.publish", () -> run(() -> rounds.publish(round.id()), "rounds.published")));
            case PUBLISHED -> new com.vaadin.flow.component.html.Span();
        };
    }

    private Button action(String key, String id, Runnable onClick) {
        Button button = new Button(getTranslation(key), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }

    /** 締切 and 公表 name the wards that have not submitted before the decision. */
    private void confirm(RoundSummary round, String key, Runnable onConfirm) {
        new RoundDecisionDialog(key, round, missing.missing(round.id()), onConfirm).open();
    }

    private void create(int fiscalYear, Integer comparisonFiscalYear) {
        run(() -> rounds.create(fiscalYear, comparisonFiscalYear), "rounds.created");
    }

    private void run(Supplier<RoundSummary> change, String doneKey) {
        try {
            RoundSummary round = change.get();
            Notifications.success(getTranslation(doneKey, FiscalYears.format(round.fiscalYear(), getLocale())));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    private void refresh() {
        List<RoundSummary> all = rounds.findAll();
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title") + " | " + getTranslation("app.name");
    }
}
