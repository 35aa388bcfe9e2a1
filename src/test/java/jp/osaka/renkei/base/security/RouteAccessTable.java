package jp.osaka.renkei.base.security;

import static jp.osaka.renkei.base.security.RouteAccessTable.Who.ANONYMOUS;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.CITY_ADMIN;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.SUPPORT_ROOM;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.VIEWER;
import static jp.osaka.renkei.base.security.RouteAccessTable.Who.WARD_OFFICE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every route of the app and who may open it: the one place that says so. docs/security.md copies
 * it; {@link RouteAccessTest} and {@link AnonymousAccessTest} hold the running app to it, and a route
 * without a row fails the build; the accessibility scan (e2e.AccessibilityScanE2E) opens every row's sample.
 */
public final class RouteAccessTable {

    /** Anonymous, or signed in with one of the four roles of DESIGN.md, as the demo user named here. */
    public enum Who {
        ANONYMOUS(""), WARD_OFFICE("ward-kita"), SUPPORT_ROOM("room-kita"), CITY_ADMIN("admin"), VIEWER("viewer");

        public final String demoUser;

        Who(String demoUser) {
            this.demoUser = demoUser;
        }
    }

    /** A route template as in {@code @Route}, a path that opens it in the demo data, and who may open it. */
    public record Row(String route, String sample, Set<Who> allowed) {
    }

    private static final Who[] SIGNED_IN = {WARD_OFFICE, SUPPORT_ROOM, CITY_ADMIN, VIEWER};

    public static final List<Row> ROWS = List.of(
            route("login", ANONYMOUS, WARD_OFFICE, SUPPORT_ROOM, CITY_ADMIN, VIEWER),
            route("", SIGNED_IN),
            route("password", SIGNED_IN),
            route("account", SIGNED_IN),
            route("answer", WARD_OFFICE, SUPPORT_ROOM),
            route("status", CITY_ADMIN),
            // 北区's ward-office response of the open round: the demo users of both ward roles are 北区's
            sample("responses/:year/:ward/:type", "responses/2025/271276/ward-office",
                    WARD_OFFICE, SUPPORT_ROOM, CITY_ADMIN),
            route("results", SIGNED_IN),
            route("results/wards", CITY_ADMIN),
            route("results/mutual", SIGNED_IN),
            route("results/reference", SIGNED_IN),
            route("results/report", SIGNED_IN),
            // 北区's profile: the demo users of both ward roles are 北区's; another ward's is the service's refusal
            sample("wards/:ward", "wards/271276", WARD_OFFICE, SUPPORT_ROOM, CITY_ADMIN),
            route("actions", SIGNED_IN),
            // the first demo action, 理学療法士会の周知（全市）: city-wide, so every role may read it
            sample("actions/:id", "actions/1", SIGNED_IN),
            route("goals", SIGNED_IN),
            sample("goals/:id", "goals/1", SIGNED_IN),
            route("admin/rounds", CITY_ADMIN),
            sample("admin/rounds/:year/:type", "admin/rounds/2025/ward-office", CITY_ADMIN),
            route("admin/import", CITY_ADMIN),
            route("admin/users", CITY_ADMIN),
            route("admin/audit", CITY_ADMIN),
            route("admin/mail", CITY_ADMIN),
            route("admin/wards", CITY_ADMIN));

    private RouteAccessTable() {
    }

    private static Row route(String route, Who... allowed) {
        return sample(route, route, allowed);
    }

    private static Row sample(String route, String sample, Who... allowed) {
        return new Row(route, sample, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(allowed)));
    }
}
