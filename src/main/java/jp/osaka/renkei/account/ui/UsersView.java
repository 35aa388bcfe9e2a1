package jp.osaka.renkei.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;
import jp.osaka.renkei.account.WardAccountCoverage;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.ui.StatusBadge;
import jp.osaka.renkei.base.ui.ViewToolbar;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

/** ユーザー管理 (administrators): every account with its role, ward and state; click a row to change it. */
@Route("admin/users")
@Menu(order = 12, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Roles.CITY_ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministrationService users;
    private final SignedInSessions sessions;
    private final List<Ward> wards;
    private final Map<Long, Ward> wardsById;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final AccountCoverageNotice coverage;

    UsersView(UserAdministrationService users, SignedInSessions sessions, WardService wardService,
            WardAccountCoverage wardAccounts) {
        this.sessions = sessions;
        this.users = users;
        this.wards = wardService.findAll();
        this.coverage = new AccountCoverageNotice(wardAccounts, wards);
        this.wardsById = wards.stream().collect(Collectors.toMap(Ward::getId, Function.identity()));
        addClassName("users-view");
        setSizeFull();
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setId("users-filter");
        filter.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(null, wards, users, sessions, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("create-user");
        Button bulk = new Button(getTranslation("users.import"), VaadinIcon.UPLOAD.create(),
                e -> new UserImportDialog(wards, users, this::refresh).open());
        bulk.setId("import-users");
        UserListDownloads downloads = new UserListDownloads(users, wardsById);

        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.role().messageKey())).setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        grid.addColumn(this::wardName).setHeader(getTranslation("users.ward")).setAutoWidth(true);
        grid.addColumn(UsersView::email).setHeader(getTranslation("users.email"))
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.signIn().messageKey())).setHeader(getTranslation("users.signIn"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> !u.enabled()
                ? StatusBadge.create(getTranslation("users.state.disabled"), StatusBadge.Tone.NEUTRAL)
                : u.waiting() ? StatusBadge.create(getTranslation("users.state.waiting"), StatusBadge.Tone.WARNING)
                : StatusBadge.create(getTranslation("users.state.active"), StatusBadge.Tone.SUCCESS))
                .setHeader(getTranslation("users.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> new UserDialog(e.getItem(), wards, users, sessions, this::refresh).open());
        grid.setId("users-grid");
        add(new ViewToolbar(getTranslation("users.title"), filter, downloads, bulk, create), coverage, grid);
        refresh();
    }

    private String wardName(UserSummary user) {
        Ward ward = user.wardId() == null ? null : wardsById.get(user.wardId());
        return ward == null ? "" : ward.getName().get(getLocale());
    }

    private static String email(UserSummary user) {
        return user.email() == null ? "" : user.email();
    }

    private void refresh() {
        coverage.refresh();
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(users.findAll().stream()
                .filter(u -> text.isEmpty() || u.username().contains(text) || u.displayName().contains(text)
                        || wardName(u).contains(text) || email(u).toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
