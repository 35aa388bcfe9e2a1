package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.RouteAccessTable.Row;
import jp.osaka.renkei.base.security.RouteAccessTable.Who;
import jp.osaka.renkei.base.ui.NotFoundView;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Each role opens every route of {@link RouteAccessTable} by its URL, through the real security
 * configuration and Vaadin's navigation access control: an allowed route shows its view, a refused
 * one the app's ページが見つかりません (Vaadin reports a refused view as not found), or to an anonymous
 * visitor the login view.
 */
@DemoDataTest
class RouteAccessTest extends SpringBrowserlessTest {

    @Test
    void theTableHasExactlyOneRowForEveryRouteOfTheApp() {
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).toList();

        assertThat(RouteAccessTable.ROWS).extracting(Row::route).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(routes);
    }

    /** Inside the app (Vaadin's own navigation, not a typed URL) an anonymous visitor meets the login view. */
    @Test
    void anAnonymousVisitorWhoNavigatesInsideTheAppIsShownTheLoginView() {
        assertThat(mismatches(Who.ANONYMOUS)).isEmpty();
    }

    @Test
    @WithUserDetails("ward-kita")
    void aWardOfficeUserOpensExactlyTheRoutesTheTableAllows() {
        assertThat(mismatches(Who.WARD_OFFICE)).isEmpty();
    }

    @Test
    @WithUserDetails("room-kita")
    void aSupportRoomUserOpensExactlyTheRoutesTheTableAllows() {
        assertThat(mismatches(Who.SUPPORT_ROOM)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorOpensExactlyTheRoutesTheTableAllows() {
        assertThat(mismatches(Who.CITY_ADMIN)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerOpensExactlyTheRoutesTheTableAllows() {
        assertThat(mismatches(Who.VIEWER)).isEmpty();
    }

    /** The rows where what the user saw differs from the table, each said in a line; empty when all agree. */
    private List<String> mismatches(Who who) {
        List<String> mismatches = new ArrayList<>();
        for (Row row : RouteAccessTable.ROWS) {
            String shown = shownAt(row.sample());
            String expected = row.allowed().contains(who) ? "/" + row.route() : refusal(who);
            if (!shown.equals(expected)) {
                mismatches.add(who + " at /" + row.sample() + ": expected " + expected + ", shown " + shown);
            }
        }
        return mismatches;
    }

    /** Vaadin sends anonymous visitors to the login view, and tells signed-in users that the page is not found. */
    private static String refusal(Who who) {
        return who == Who.ANONYMOUS ? "/login" : NotFoundView.class.getSimpleName();
    }

    /** The route template of the view that the path showed, or the error view's name. */
    private String shownAt(String path) {
        try {
            Component view = navigate(path, Component.class);
            Route route = view.getClass().getAnnotation(Route.class);
            return route == null ? view.getClass().getSimpleName() : "/" + route.value();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
