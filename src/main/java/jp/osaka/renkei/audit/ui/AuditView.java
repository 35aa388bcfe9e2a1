package jp.osaka.renkei.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import jp.osaka.renkei.audit.AuditCsv;
import jp.osaka.renkei.audit.AuditEntry;
import jp.osaka.renkei.audit.AuditFilter;
import jp.osaka.renkei.audit.AuditLog;
import jp.osaka.renkei.audit.AuditTexts;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.DatePickers;
import jp.osaka.renkei.base.ui.ViewToolbar;

import org.jspecify.annotations.Nullable;

/** 監査ログ (administrators): who did what and when, filtered, paged in the database, and as CSV. */
@Route("admin/audit")
@Menu(order = 13, title = "menu.audit", icon = "vaadin:records")
@RolesAllowed(Roles.CITY_ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog log;
    private final Select<AuditAction> action = new Select<>();
    private final TextField actor = new TextField();
    private final DatePicker from = DatePickers.create("");
    private final DatePicker to = DatePickers.create("");
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditLog log) {
        this.log = log;
        addClassName("audit-view");
        setSizeFull();
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.any"));
        action.setItemLabelGenerator(this::label);
        action.setId("audit-action");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Anchor csv = new Anchor(csvDownload(), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("audit.csv")));
        csv.getElement().setAttribute("download", true);
        csv.setId("audit-csv");

        grid.addColumn(e -> DateFormats.dateTime(e.getOccurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> AuditTexts.action(e.getAction(), this::getTranslation))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getTarget).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(e -> AuditTexts.detail(e, this::getTranslation)).setHeader(getTranslation("audit.detail"));
        grid.setId("audit-grid");
        HorizontalLayout filters = new HorizontalLayout(action, actor, from, to);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        add(new ViewToolbar(getTranslation("audit.title"), csv), filters, grid);
        refresh();
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            AuditCsv.write(log.findAll(filter()), new String[] {getTranslation("audit.when"),
                    getTranslation("audit.actor"), getTranslation("audit.action"), getTranslation("audit.actionCode"),
                    getTranslation("audit.target"), getTranslation("audit.detail")}, this::getTranslation,
                    event.getOutputStream());
        };
    }

    private String label(@Nullable AuditAction code) {
        return code == null ? getTranslation("audit.any") : AuditTexts.action(code, this::getTranslation);
    }

    private AuditFilter filter() {
        return new AuditFilter(action.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditFilter filter = filter();
        grid.setItems(query -> log.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) log.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
