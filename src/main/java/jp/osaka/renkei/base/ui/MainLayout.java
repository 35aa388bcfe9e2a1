package jp.osaka.renkei.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.AppLayout.AppLayoutI18n;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import jp.osaka.renkei.base.DatabaseErrors;
import jp.osaka.renkei.base.InstanceProperties;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;

/**
 * The frame of every signed-in screen: the app's name, the side navigation (only what the role may
 * open), and the user's name, role and ward with the language switch and logout.
 * <p>
 * Landmarks (docs/accessibility.md, 2.4.1): the first tab stop is 本文へ移動, which moves the focus
 * to the one {@code main} that holds the view; the navbar is the one banner and the side navigation a named
 * navigation landmark. A view's own {@code header} (ViewToolbar) lies inside {@code main}, so it is no banner.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String MAIN_ID = "main-content";
    /** The skip link focuses the main content in the page itself: the base href would send "#…" to the root. */
    private static final String SKIP_TO_MAIN = "this.addEventListener('click', e => { e.preventDefault();"
            + " const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } });";

    private final Main main = new Main();

    MainLayout(CurrentUser currentUser, WardDirectory wards, AuthenticationContext authentication,
            UserBarItems accountItems, InstanceProperties instance) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(instance.demoData()), navigation());
        // Vaadin names the toggle and the drawer in English ("Toggle navigation panel") whatever the locale.
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.menu")));
        Header banner = new Header(toggle, userBar(currentUser.require(), wards, authentication, accountItems));
        banner.addClassName("app-banner");
        addToNavbar(skipLink(), banner);
        main.setId(MAIN_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("layout.skipToContent"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs(SKIP_TO_MAIN, MAIN_ID);
        return skip;
    }

    /** The view goes into {@code main}, not straight into the layout: the page's one main landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private Div brand(boolean demoData) {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("brand-subtitle");
        Div brand = new Div(name, subtitle);
        brand.addClassName("brand");
        if (demoData) {
            Badge sample = new Badge(getTranslation("app.sampleData"));
            sample.addThemeVariants(BadgeVariant.WARNING);
            sample.getElement().setAttribute("title", getTranslation("app.sampleData.tooltip"));
            sample.setId("sample-data-badge");
            brand.add(sample);
        }
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        nav.setId("main-nav");
        // the side navigation has role=navigation of its own: give the landmark a name
        nav.getElement().setAttribute("aria-label", getTranslation("layout.mainNavigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout userBar(RenkeiUser user, WardDirectory wards, AuthenticationContext authentication,
            UserBarItems accountItems) {
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        name.setId("user-name");
        StringBuilder detail = new StringBuilder(getTranslation(user.role().messageKey()));
        if (user.wardId() != null) {
            try {
                wards.nameOf(user.wardId()).ifPresent(ward -> detail.append(" · ").append(ward.get(getLocale())));
            } catch (RuntimeException e) {
                // The database out of reach: the frame, and the error page in it, still open without the ward.
                if (!DatabaseErrors.unreachable(e)) {
                    throw e;
                }
            }
        }
        Span role = new Span(detail.toString());
        role.addClassName("user-role");
        role.setId("user-role");
        Div who = new Div(new Icon(VaadinIcon.USER), name, role);
        who.addClassName("user-info");

        Button logout = new Button(getTranslation("logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        logout.getElement().setAttribute("title", getTranslation("logout"));

        HorizontalLayout bar = new HorizontalLayout(who);
        accountItems.create().forEach(bar::add);
        bar.add(logout);
        bar.addClassName("user-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return bar;
    }
}
