package jp.osaka.renkei.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.account.SignedInSessions;
import jp.osaka.renkei.account.SignedInSessions.OwnSession;
import jp.osaka.renkei.account.UserAccountService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ログイン中の端末 over real HTTP: each sign-in is listed, 他のすべての端末からログアウト ends the user's other
 * sessions but not this one, and an administrator's すべてのセッションを終了 ends them all, at their next request.
 */
@DemoDataTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignOutEverywhereHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSessionListShowsEverySignInWithItsAddressAndBrowser() {
        String name = SessionTabs.newUser(accounts, "devices-list");
        SessionTabs.signedIn(port, name);
        SessionTabs.signedIn(port, name);

        List<OwnSession> own = RunAs.call(accounts.loadUserByUsername(name), () -> sessions.own());

        assertThat(own).hasSize(2).allSatisfy(session -> {
            assertThat(session.address()).isEqualTo("127.0.0.1");
            assertThat(session.browser()).startsWith("Java-http-client");
            assertThat(session.signedInAt()).isNotNull();
        });
    }

    @Test
    void signingOutEverywhereFromOneSessionEndsTheOtherButKeepsThisOne() {
        String name = SessionTabs.newUser(accounts, "devices-others");
        VaadinHttp here = SessionTabs.signedIn(port, name);
        VaadinHttp other = SessionTabs.signedIn(port, name);

        here.navigate("account");
        HttpResponse<String> click = here.click(here.node("account-end-other-sessions").orElseThrow());

        assertThat(VaadinHttp.sessionExpired(click)).as(click.body()).isFalse();
        SessionTabs.assertEnded(other);
        HttpResponse<String> stillHere = here.navigate("results");
        assertThat(VaadinHttp.sessionExpired(stillHere)).as(stillHere.body()).isFalse();
        assertThat(PlainHttp.showsAppText(stillHere.body())).isTrue();
        assertThat(here.get("/results").statusCode()).isEqualTo(200);
        assertThat(audited("OTHER_SESSIONS_ENDED", name)).isEqualTo(1);
    }

    @Test
    void anAdministratorsEndAllSessionsEndsEverySessionOfTheUser() {
        String name = SessionTabs.newUser(accounts, "devices-admin");
        VaadinHttp first = SessionTabs.signedIn(port, name);
        VaadinHttp second = SessionTabs.signedIn(port, name);
        long id = accounts.findByUsername(name).orElseThrow().id();

        int ended = SystemActor.call(() -> sessions.endAllOf(id));

        assertThat(ended).isEqualTo(2);
        SessionTabs.assertEnded(first);
        SessionTabs.assertEnded(second);
        assertThat(audited("SESSIONS_ENDED", name)).isEqualTo(1);
    }

    @Test
    void aSessionsRowGoesWhenItSignsOut() {
        String name = SessionTabs.newUser(accounts, "devices-logout");
        VaadinHttp tab = SessionTabs.signedIn(port, name);
        SessionTabs.signedIn(port, name);

        tab.click(tab.node("logout").orElseThrow());

        assertThat(RunAs.call(accounts.loadUserByUsername(name), () -> sessions.own())).hasSize(1);
    }

    private int audited(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and target = ?", Integer.class,
                action, target);
    }
}
