package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import jp.osaka.renkei.account.UserAccountService;

/** Users and their signed-in tabs for the session tests over HTTP. */
final class SessionTabs {

    static final String PASSWORD = "夕焼け小焼けで日が暮れて";

    private SessionTabs() {
    }

    /** A viewer with {@link #PASSWORD}, created by the system. */
    static String newUser(UserAccountService accounts, String name) {
        SystemActor.run(() -> accounts.create(name, name, Role.VIEWER, null, PASSWORD));
        return name;
    }

    /** Signed in with a UI open at ホーム (whose first request records the session in user_session). */
    static VaadinHttp signedIn(int port, String name) {
        VaadinHttp tab = new VaadinHttp(port).signIn(name, PASSWORD);
        assertThat(tab.open("")).isTrue();
        assertThat(VaadinHttp.sessionExpired(tab.navigate(""))).isFalse();
        return tab;
    }

    /** The session's next UI request is told that the session expired, without data; a page goes to the login. */
    static void assertEnded(VaadinHttp tab) {
        HttpResponse<String> answer = tab.navigate("results");
        assertThat(VaadinHttp.sessionExpired(answer)).as(answer.body()).isTrue();
        assertThat(PlainHttp.showsAppText(answer.body())).isFalse();
        assertThat(PlainHttp.redirectPath(tab.get("/results"))).isEqualTo("/login");
    }
}
