package jp.osaka.renkei.ward.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.Set;

import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.NameLimits;
import jp.osaka.renkei.base.ui.NamesDialog;
import jp.osaka.renkei.base.ui.Notifications;
import jp.osaka.renkei.base.ui.StaleDialog;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;

/** 区 (administrators): the wards in the city's order with their codes; names and shared mailboxes can be edited. */
@Route("admin/wards")
@Menu(order = 14, title = "menu.wards", icon = "vaadin:map-marker")
@RolesAllowed(Roles.CITY_ADMIN)
class WardsView extends VerticalLayout implements HasDynamicTitle {

    private static final NameLimits NAME_LIMITS = new NameLimits("wards.nameJa", Ward.MAX_NAME_JA,
            Set.of("ward.nameJa.tooLong"), "wards.nameEn", Ward.MAX_NAME_EN, "ward.nameEn.tooLong", false);

    private final WardService wards;
    private final Grid<Ward> grid = new Grid<>();
    private @Nullable NamesDialog renaming;

    WardsView(WardService wards) {
        this.wards = wards;
        addClassName("wards-view");
        setSizeFull();
        grid.addColumn(Ward::getSortOrder).setHeader(getTranslation("items.no")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Ward::getCode).setHeader(getTranslation("wards.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Ward::getNameJa).setHeader(getTranslation("wards.nameJa")).setAutoWidth(true);
        grid.addColumn(Ward::getNameEn).setHeader(getTranslation("wards.nameEn")).setAutoWidth(true);
        grid.addComponentColumn(this::rename).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> w.mailbox(Role.WARD_OFFICE).orElse("")).setHeader(getTranslation("wards.mailbox.office"))
                .setAutoWidth(true);
        grid.addColumn(w -> w.mailbox(Role.SUPPORT_ROOM).orElse("")).setHeader(getTranslation("wards.mailbox.room"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::editMailboxes).setAutoWidth(true).setFlexGrow(0);
        grid.setId("wards-grid");
        add(new ViewToolbar(getTranslation("wards.title")), new Paragraph(getTranslation("wards.help")), grid);
        grid.setItems(wards.findAll());
    }

    private Button rename(Ward ward) {
        Button button = new Button(VaadinIcon.EDIT.create(), e -> {
            renaming = new NamesDialog(getTranslation("wards.rename"), ward.getName(), NAME_LIMITS, "users.save",
                    (ja, en) -> renamed(ward, ja, en));
            renaming.open();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation("wards.rename.label", ward.getNameJa()));
        button.setId("rename-ward-" + ward.getCode());
        return button;
    }

    /** Saves a new name for the ward as the administrator saw it; someone's change meanwhile opens the stale dialog. */
    private boolean renamed(Ward ward, String ja, String en) {
        Runnable reload = () -> {
            if (renaming != null) {
                renaming.close();
            }
            grid.setItems(wards.findAll());
        };
        boolean saved = StaleDialog.saveUnlessStale("stale.what.ward", () -> wards.rename(ward.getId(), ward.getVersion(), ja, en),
                reload);
        if (saved) {
            Notifications.success(getTranslation("users.saved"));
            grid.setItems(wards.findAll());
        }
        return saved;
    }

    private Button editMailboxes(Ward ward) {
        Button button = new Button(VaadinIcon.ENVELOPE_O.create(),
                e -> new MailboxesDialog(ward, wards, () -> grid.setItems(wards.findAll())).open());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation("wards.mailboxes.label", ward.getNameJa()));
        button.setId("edit-mailboxes-" + ward.getCode());
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wards.title") + " | " + getTranslation("app.name");
    }
}
