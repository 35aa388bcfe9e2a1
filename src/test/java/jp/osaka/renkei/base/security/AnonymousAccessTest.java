package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.security.RouteAccessTable.Row;
import jp.osaka.renkei.base.security.RouteAccessTable.Who;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without signing in, over HTTP against the running app: every route of {@link RouteAccessTable}
 * that anonymous visitors may not open ends at the login page, and no response shows any data; URL
 * variants that try to slip past the security filter get nowhere either.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousAccessTest {

    /**
     * Variants of refused paths: without a trailing slash, encoded slashes and dots, upper case, a
     * trailing dot, doubled slashes, path parameters, dot segments.
     */
    static final List<String> PATH_VARIANTS = List.of(
            "/VAADIN", "/VAADIN/", "/admin%2Fusers", "/admin%2fusers", "/%2e%2e/admin", "/%2E%2E/admin/users",
            "/status%2F", "/results%2Fwards", "/ADMIN/USERS", "/Status", "/admin/users.", "/status.",
            "//admin//users", "/admin//users", "//status", "/admin/users;jsessionid=0123456789ABCDEF",
            "/status;jsessionid=0123456789ABCDEF", "/admin;x=y/users", "/admin/./users", "/admin/x/../users",
            "/admin/users/..;/audit", "/responses/2025/271276/ward-office/", "/responses%2F2025%2F271276%2Fward-office",
            "/actions/1;jsessionid=0", "/admin/users%00", "/admin/users%20", "/%61dmin/users");

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageFromEveryRouteTheTableRefusesThem() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : RouteAccessTable.ROWS) {
            if (row.allowed().contains(Who.ANONYMOUS)) {
                continue;
            }
            HttpResponse<String> response = http().get("/" + row.sample());
            if (response.statusCode() != 302 || !PlainHttp.redirectPath(response).equals("/login")
                    || PlainHttp.showsAppText(response.body())) {
                mismatches.add("/" + row.sample() + ": " + response.statusCode() + " to " + PlainHttp.redirectPath(response));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theLoginPageItselfShowsNoData() {
        HttpResponse<String> response = http().get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html").matches(body -> !PlainHttp.showsAppText(body), "shows no app text");
    }

    @Test
    void theRoutesAnonymousVisitorsMayOpenAreOnlyTheLoginPage() {
        assertThat(RouteAccessTable.ROWS).filteredOn(row -> row.allowed().contains(Who.ANONYMOUS))
                .extracting(Row::route).containsExactly("login");
        for (Row row : RouteAccessTable.ROWS) {
            int expected = row.allowed().contains(Who.ANONYMOUS) ? 200 : 302;
            assertThat(http().get("/" + row.sample()).statusCode()).as("/" + row.sample()).isEqualTo(expected);
        }
    }

    @Test
    void pathVariantsOfRefusedRoutesAreRedirectedToLoginOrRejectedWithoutData() {
        List<String> slipped = new ArrayList<>();
        for (String path : PATH_VARIANTS) {
            HttpResponse<String> response = http().get(path);
            int status = response.statusCode();
            boolean refused = status == 302 && PlainHttp.redirectPath(response).equals("/login")
                    || status == 400 || status == 403 || status == 404;
            if (!refused || PlainHttp.showsAppText(response.body())) {
                slipped.add(path + ": " + status + " " + PlainHttp.redirectPath(response));
            }
        }
        assertThat(slipped).isEmpty();
    }

    private PlainHttp http() {
        return new PlainHttp(port);
    }
}
