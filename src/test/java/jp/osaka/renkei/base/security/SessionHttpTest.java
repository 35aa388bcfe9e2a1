package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.account.UserAdministrationService;
import jp.osaka.renkei.account.UserSummary;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions over real HTTP against the running app, as a browser tab speaks to it: the login form, Vaadin's
 * UI requests with the session cookie and the UI's CSRF token. A session that has ended gets no data: Vaadin
 * answers its client that the session expired (the client then reloads, and the page goes to the login).
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionHttpTest {

    private static final String PASSWORD = "夕焼け小焼けで日が暮れて";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAdministrationService administration;

    @Test
    void theLoginPageIsTheAppsOwnViewNotSpringSecuritysGeneratedPage() {
        HttpResponse<String> page = new PlainHttp(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        // Vaadin's bootstrap page carries the CSRF token as a meta tag for the login view's form
        assertThat(page.body()).contains("<meta name=\"_csrf\"").doesNotContain("Please sign in");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = new PlainHttp(port).get("/login");

        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void theSessionIdChangesAtSignInAndTheIdBeforeIsNotSignedIn() {
        VaadinHttp tab = new VaadinHttp(port);
        tab.get("/login");
        String before = tab.cookie();

        tab.signIn("viewer", "demo");

        assertThat(before).startsWith("JSESSIONID=");
        assertThat(tab.cookie()).startsWith("JSESSIONID=").isNotEqualTo(before);
        assertThat(tab.get("/results").statusCode()).isEqualTo(200);
        HttpResponse<String> withOldId = new PlainHttp(port).get("/results", "Cookie", before);
        assertThat(withOldId.statusCode()).isEqualTo(302);
        assertThat(PlainHttp.redirectPath(withOldId)).isEqualTo("/login");
    }

    @Test
    void afterLogoutTheOldCookieAndCsrfTokenGetNoData() {
        VaadinHttp tab = signedIn("admin", "demo");
        VaadinHttp replay = tab.copy();

        HttpResponse<String> logout = tab.click(tab.node("logout").orElseThrow());
        assertThat(VaadinHttp.sessionExpired(logout)).as(logout.body()).isTrue();

        HttpResponse<String> answer = replay.navigate("admin/users");
        assertThat(VaadinHttp.sessionExpired(answer)).as(answer.body()).isTrue();
        assertThat(answer.body()).doesNotContain("changes", "admin");
        assertThat(PlainHttp.showsAppText(answer.body())).isFalse();
        assertThat(PlainHttp.redirectPath(replay.get("/admin/users"))).isEqualTo("/login");
    }

    @Test
    void aDisabledUsersSessionEndsAtItsNextRequestAndTheyCannotSignInAgain() {
        String name = newUser("session-disabled");
        VaadinHttp tab = signedIn(name, PASSWORD);

        UserSummary user = summary(name);
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        assertEnded(tab);
        HttpResponse<String> again = new VaadinHttp(port).postLogin(name, PASSWORD);
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheUsersSessions() {
        String name = newUser("session-reset");
        VaadinHttp first = signedIn(name, PASSWORD);
        VaadinHttp second = signedIn(name, PASSWORD);

        UserSummary user = summary(name);
        SystemActor.run(() -> administration.resetPassword(user.id(), user.version()));

        assertEnded(first);
        assertEnded(second);
    }

    @Test
    void aRoleChangeEndsTheSessionThatStillHasTheOldRole() {
        String name = newUser("session-role");
        VaadinHttp tab = signedIn(name, PASSWORD);

        UserSummary user = summary(name);
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), Role.CITY_ADMIN,
                null, true, user.email()));

        assertEnded(tab);
    }

    /** The session where the password was changed goes on: ChangePasswordViewTest. */
    @Test
    void aPasswordChangeEndsTheUsersOtherSessions() {
        String name = newUser("session-change");
        VaadinHttp other = signedIn(name, PASSWORD);

        RunAs.call(accounts.loadUserByUsername(name),
                () -> accounts.changeOwnPassword(name, PASSWORD, "まったく別の新しい合言葉です"));

        assertEnded(other);
    }

    @Test
    void anUnrelatedUsersSessionGoesOn() {
        String name = newUser("session-bystander");
        VaadinHttp tab = signedIn(name, PASSWORD);

        String other = newUser("session-other");
        UserSummary user = summary(other);
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        HttpResponse<String> answer = tab.navigate("results");
        assertThat(VaadinHttp.sessionExpired(answer)).isFalse();
        assertThat(PlainHttp.showsAppText(answer.body())).isTrue();
    }

    /**
     * The answer to a failed sign-in is the same whether the name is unknown, the password wrong or the account
     * disabled (a back-off's wait comes to unknown names too: SignInTest.noAnswerTellsWhetherAUserNameExists).
     */
    @Test
    void aFailedSignInSaysNothingAboutTheAccount() {
        String disabled = newUser("login-disabled");
        UserSummary user = summary(disabled);
        SystemActor.run(() -> administration.update(user.id(), user.version(), user.displayName(), user.role(),
                user.wardId(), false, user.email()));

        List<String> answers = List.of(attempt("no-such-user", PASSWORD), attempt(newUser("login-wrong"), "wrong"),
                attempt(disabled, PASSWORD));

        assertThat(answers).containsOnly("302 /login?error");
    }

    private String attempt(String name, String password) {
        VaadinHttp tab = new VaadinHttp(port);
        tab.get("/login");
        HttpResponse<String> response = tab.postLogin(name, password);
        String location = response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
        return response.statusCode() + " " + location + (response.body().isEmpty() ? "" : " " + response.body());
    }

    /** The session's next UI request is told that the session expired, without data; a page goes to the login. */
    private static void assertEnded(VaadinHttp tab) {
        HttpResponse<String> answer = tab.navigate("results");
        assertThat(VaadinHttp.sessionExpired(answer)).as(answer.body()).isTrue();
        assertThat(PlainHttp.showsAppText(answer.body())).isFalse();
        assertThat(PlainHttp.redirectPath(tab.get("/results"))).isEqualTo("/login");
    }

    /** Signed in with a UI open at ホーム, which shows the user's data. */
    private VaadinHttp signedIn(String name, String password) {
        VaadinHttp tab = new VaadinHttp(port).signIn(name, password);
        assertThat(tab.open("")).isTrue();
        HttpResponse<String> home = tab.navigate("");
        assertThat(VaadinHttp.sessionExpired(home)).isFalse();
        assertThat(PlainHttp.showsAppText(home.body())).isTrue();
        return tab;
    }

    private String newUser(String name) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        return name;
    }

    private UserSummary summary(String name) {
        return SystemActor.call(() -> administration.findAll()).stream().filter(u -> u.username().equals(name))
                .findFirst().orElseThrow();
    }
}
