package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;

import jp.osaka.renkei.DemoDataTest;
import jp.osaka.renkei.base.JobLock;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SessionTimeout;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

/**
 * The rows of the sessions an instance holds go when it shuts down, before the database closes: Tomcat ends
 * the sessions only after that, and each ending then failed with a warning and left its row (the soak's
 * shutdown: 2,832 warnings, and every row stayed until the cleanup job). A fresh listener of its own, so that
 * the application's stays open.
 */
@DemoDataTest
class SessionRowsAtShutdownTest {

    @Autowired
    SignedInSessions sessions;
    @Autowired
    JobLock lock;
    @Autowired
    SessionTimeout timeout;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shuttingDownRemovesTheRowsOfThisInstancesSessionsAndNoOthers() {
        UserSessionCleanup cleanup = new UserSessionCleanup(sessions, lock, context, timeout);
        RenkeiUser user = newUser("shutdown-session-user");
        MockHttpSession first = signedIn(cleanup, user);
        MockHttpSession second = signedIn(cleanup, user);
        String elsewhere = SessionFixture.signedIn(sessions, user); // another instance's session

        cleanup.shuttingDown(new ContextClosedEvent(context));

        assertThat(rowExists(first)).isFalse();
        assertThat(rowExists(second)).isFalse();
        assertThat(rowExists(elsewhere)).isTrue();

        // Tomcat then ends the sessions with the database closed: nothing more is tried
        MockHttpSession late = signedIn(cleanup, user);
        cleanup.sessionDestroyed(new HttpSessionEvent(late));
        assertThat(rowExists(late)).as("not touched while shutting down").isTrue();
    }

    @Test
    void anotherContextClosingChangesNothing() {
        UserSessionCleanup cleanup = new UserSessionCleanup(sessions, lock, context, timeout);
        RenkeiUser user = newUser("shutdown-session-child");
        MockHttpSession session = signedIn(cleanup, user);

        cleanup.shuttingDown(new ContextClosedEvent(new GenericApplicationContext()));
        assertThat(rowExists(session)).isTrue();

        cleanup.sessionDestroyed(new HttpSessionEvent(session));
        assertThat(rowExists(session)).as("a session ending as usual").isFalse();
    }

    private MockHttpSession signedIn(UserSessionCleanup cleanup, RenkeiUser user) {
        MockHttpSession session = new MockHttpSession();
        SessionRecord record = new SessionRecord(SessionFixture.signedIn(sessions, user), user.id());
        session.setAttribute(SessionRecord.ATTRIBUTE, record);
        cleanup.attributeAdded(new HttpSessionBindingEvent(session, SessionRecord.ATTRIBUTE, record));
        return session;
    }

    private boolean rowExists(MockHttpSession session) {
        SessionRecord record = SessionRecord.of(session);
        return record != null && rowExists(record.id());
    }

    private boolean rowExists(String id) {
        return jdbc.queryForObject("select count(*) from user_session where id = ?", Integer.class, id) == 1;
    }

    private RenkeiUser newUser(String name) {
        return SystemActor.call(() -> accounts.create(name, name + " テスト", Role.VIEWER, null,
                "Kumo-to-Ame-2026-Osaka"));
    }
}
