package jp.osaka.renkei.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

import jp.osaka.renkei.account.WardAccountCoverage;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.i18n.FiscalYears;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.survey.ReminderService;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.ResponseService;
import jp.osaka.renkei.survey.ResponseStatus;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundStatus;
import jp.osaka.renkei.survey.RoundSummary;
import jp.osaka.renkei.survey.WardResponseStatus;
import jp.osaka.renkei.survey.WardStatusRow;

/** 回答状況 (administrators): every ward × respondent type, not started / draft / sent back / submitted, with when. */
@Route("status")
@Menu(order = 2, title = "menu.status", icon = "vaadin:table")
@RolesAllowed(Roles.CITY_ADMIN)
class StatusView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResponseService responses;
    private final WardAccountCoverage coverage;
    private AccountGaps gaps = new AccountGaps(Map.of());
    private final Paragraph noAccount = new Paragraph();
    private final Select<RoundSummary> round = new Select<>();
    private final Div summary = new Div();
    private final Grid<WardStatusRow> grid = new Grid<>();
    private final Button remind = new Button();
    private final Button missing = new Button();

    StatusView(RoundService rounds, ResponseService responses, ReminderService reminders,
            WardAccountCoverage coverage) {
        this.responses = responses;
        this.coverage = coverage;
        addClassName("status-view");
        setSizeFull();
        List<RoundSummary> all = rounds.findAll();
        round.setItems(all);
        round.setItemLabelGenerator(r -> FiscalYears.format(r.fiscalYear(), getLocale()) + " — "
                + getTranslation(r.status().messageKey()));
        round.setAriaLabel(getTranslation("home.rounds"));
        round.setId("round-select");
        round.setWidth("20rem");
        round.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(StatusView.class,
                        QueryParameters.of("year", Integer.toString(e.getValue().fiscalYear()))));
            }
        });
        summary.addClassName("status-summary");
        grid.addColumn(row -> row.wardName().get(getLocale())).setHeader(getTranslation("status.ward"))
                .setAutoWidth(true).setFlexGrow(0);
        for (RespondentType type : RespondentType.values()) {
            grid.addComponentColumn(row -> cell(row, type)).setHeader(getTranslation(type.messageKey()));
            grid.addComponentColumn(row -> openButton(row, type)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("status-grid");
        remind.setText(getTranslation("status.remind"));
        remind.setIcon(VaadinIcon.BELL.create());
        remind.setId("remind-missing");
        remind.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("status.remind"),
                    getTranslation("status.remind.confirm"), getTranslation("status.remind.ok"), confirmed -> {
                        int sent = reminders.remindMissing(round.getValue().id());
                        Notifications.success(getTranslation("status.remind.sent", sent));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("answer.confirm.cancel"));
            confirm.setId("remind-confirm");
            confirm.open();
        });
        missing.setText(getTranslation("status.missing.title"));
        missing.setIcon(VaadinIcon.COPY_O.create());
        missing.setId("show-missing");
        missing.addClickListener(e -> new MissingWardsDialog(round.getValue(), grid.getListDataView().getItems().toList())
                .open());
        add(new ViewToolbar(getTranslation("status.title"), missing, remind, round), summary, grid);
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("status.noRound")));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<RoundSummary> all = round.getListDataView().getItems().toList();
        String year = event.getLocation().getQueryParameters().getSingleParameter("year").orElse("");
        RoundSummary selected = all.stream().filter(r -> Integer.toString(r.fiscalYear()).equals(year)).findFirst()
                .or(() -> all.stream().filter(r -> r.status() == RoundStatus.OPEN).findFirst())
                .or(() -> all.stream().findFirst()).orElse(null);
        if (selected == null) {
            return;
        }
        round.setValue(selected);
        remind.setEnabled(selected.status() == RoundStatus.OPEN);
        List<WardStatusRow> rows = responses.statusByWard(selected.id());
        gaps = new AccountGaps(coverage.activeWardRoles());
        grid.setItems(rows);
        summary.removeAll();
        for (RespondentType type : RespondentType.values()) {
            long submitted = rows.stream().filter(r -> r.status(type).status() == ResponseStatus.SUBMITTED).count();
            long drafts = rows.stream().filter(r -> r.status(type).status() == ResponseStatus.DRAFT).count();
            long sentBack = rows.stream().filter(r -> r.status(type).sentBack() != null).count();
            summary.add(new Paragraph(getTranslation("status.summary", getTranslation(type.messageKey()),
                    submitted, drafts, rows.size() - submitted - drafts)
                    + (sentBack == 0 ? "" : getTranslation("status.summary.sentBack", sentBack))));
        }
        summary.add(gaps.summary(rows, noAccount));
    }

    private Component cell(WardStatusRow row, RespondentType type) {
        WardResponseStatus status = row.status(type);
        Div cell = new Div(ResponseStatusBadge.of(status));
        cell.addClassName("status-cell");
        if (gaps.missing(row.wardId(), type)) {
            cell.add(AccountGaps.marker(this, type));
        }
        if (status.updatedAt() != null) {
            Span when = new Span(getTranslation("status.when", DateFormats.dateTime(status.updatedAt(), getLocale()),
                    status.updatedBy()));
            when.addClassName("status-when");
            cell.add(when);
        }
        if (status.sentBack() != null) {
            String reason = getTranslation("status.sentBack.reason", status.sentBack().reason());
            Span line = new Span(reason);
            line.addClassName("status-sent-back");
            line.setTitle(reason); // the whole reason on hover when the column cuts it short
            cell.add(line);
            cell.addClassName("sent-back");
        }
        return cell;
    }

    private Component openButton(WardStatusRow row, RespondentType type) {
        Button open = new Button(getTranslation("status.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                ResponseView.path(round.getValue().fiscalYear(), row.wardCode(), type))));
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        open.setAriaLabel(getTranslation("status.open.label", row.wardName().get(getLocale()),
                getTranslation(type.messageKey())));
        open.setEnabled(row.status(type).status() != null);
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("status.title") + " | " + getTranslation("app.name");
    }
}
