package jp.osaka.renkei.mail.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.mail.MailFilter;
import jp.osaka.renkei.mail.MailHistoryService;
import jp.osaka.renkei.mail.MailProperties;
import jp.osaka.renkei.mail.MailRow;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.springframework.data.domain.PageRequest;

/** 送信履歴 (administrators): every mail of the outbox, sent, waiting, failed or held, with its reason and 再送. */
@Route("admin/mail")
@Menu(order = 13.5, title = "menu.mail", icon = "vaadin:envelope")
@RolesAllowed(Roles.CITY_ADMIN)
class MailHistoryView extends VerticalLayout implements HasDynamicTitle {

    private final MailHistoryService history;
    private final Map<Long, Ward> wardsById;
    private final MailFilterBar filters;
    private final MailGrid grid;
    private MailFilter filter = MailFilter.none();

    MailHistoryView(MailHistoryService history, WardService wards, MailProperties properties) {
        this.history = history;
        List<Ward> allWards = wards.findAll();
        this.wardsById = allWards.stream().collect(Collectors.toMap(Ward::getId, Function.identity()));
        addClassName("mail-history-view");
        setSizeFull();
        add(new ViewToolbar(getTranslation("mail.history.title")));
        if (!properties.enabled()) {
            Div banner = new Div(new Paragraph(getTranslation("mail.history.sendingOff")),
                    new Paragraph(getTranslation("mail.history.sendingOffHint")));
            banner.addClassName("mail-sending-off");
            banner.setId("mail-sending-off");
            add(banner);
        }
        filters = new MailFilterBar(allWards, this::refresh);
        grid = new MailGrid(this::wardName);
        grid.addItemClickListener(e -> {
            // null when the click names a row of the list as it was before a refresh
            if (e.getItem() != null) {
                open(e.getItem());
            }
        });
        add(filters, grid);
        grid.setItems(query -> history.find(filter, page(query)).stream(), query -> (int) history.count(filter));
        refresh();
    }

    private String wardName(long wardId) {
        Ward ward = wardsById.get(wardId);
        return ward == null ? "" : ward.getName().get(getLocale());
    }

    private void open(MailRow row) {
        history.detail(row.id()).ifPresentOrElse(detail -> new MailDetailDialog(detail, history, this::refresh).open(),
                () -> Notifications.error(getTranslation("mail.notFound")));
    }

    /** Reads the filter again: the counts at once, the rows through the grid's one data provider. */
    private void refresh() {
        filter = filters.value();
        filters.showCounts(history.countByStatus(filter));
        grid.getDataProvider().refreshAll();
    }

    private static PageRequest page(Query<MailRow, Void> query) {
        return PageRequest.of(query.getPage(), query.getPageSize());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.history.title") + " | " + getTranslation("app.name");
    }
}
