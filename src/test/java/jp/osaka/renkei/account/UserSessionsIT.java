package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jp.osaka.renkei.IntegrationTest;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.RunAs;
import jp.osaka.renkei.base.security.SystemActor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * user_session's queries on MariaDB: the per-request check (the row joined with its user), sign out everywhere
 * but here, an administrator's end-all, and the cleanup of rows idle past the session timeout.
 */
@IntegrationTest
class UserSessionsIT {

    @Autowired
    SignedInSessions sessions;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** The ITs share one database, and SchemaIT expects the first administrator alone there. */
    @AfterEach
    void removeTheUsers() {
        new UserFixture(jdbc).removeStartingWith("it-session-");
    }

    @Test
    void aSessionMayContinueWhileItsRowExistsAndItsUserIsUnchanged() {
        RenkeiUser user = newUser("it-session-check");
        String id = SessionFixture.signedIn(sessions, user);

        assertThat(sessions.mayContinue(id, user)).isTrue();
        assertThat(sessions.mayContinue(id, withRole(user, Role.CITY_ADMIN))).as("role changed").isFalse();
        sessions.end(id);
        assertThat(sessions.mayContinue(id, user)).as("row deleted").isFalse();
    }

    @Test
    void lastSeenIsWrittenOnlyOnceAMinuteHasPassed() {
        RenkeiUser user = newUser("it-session-seen");
        String id = SessionFixture.signedIn(sessions, user);
        Instant old = Instant.parse("2026-01-01T00:00:00Z");
        jdbc.update("update user_session set last_seen_at = ? where id = ?", java.sql.Timestamp.from(old), id);

        assertThat(sessions.mayContinue(id, user)).isTrue();

        Instant seen = jdbc.queryForObject("select last_seen_at from user_session where id = ?",
                java.sql.Timestamp.class, id).toInstant();
        assertThat(seen).isAfter(old);
    }

    @Test
    void endingAllOfAUsersSessionsLeavesOtherUsersSessions() {
        RenkeiUser user = newUser("it-session-all");
        RenkeiUser other = newUser("it-session-bystander");
        SessionFixture.signedIn(sessions, user);
        SessionFixture.signedIn(sessions, user);
        String kept = SessionFixture.signedIn(sessions, other);

        assertThat(SystemActor.call(() -> sessions.endAllOf(user.id()))).isEqualTo(2);

        assertThat(RunAs.call(user, () -> sessions.own())).isEmpty();
        assertThat(sessions.mayContinue(kept, other)).isTrue();
    }

    @Test
    void theCleanupRemovesOnlyRowsIdleLongerThanTheTimeout() {
        RenkeiUser user = newUser("it-session-idle");
        String idle = SessionFixture.signedIn(sessions, user);
        String live = SessionFixture.signedIn(sessions, user);
        jdbc.update("update user_session set last_seen_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(2))), idle);

        sessions.removeIdle(Duration.ofMinutes(32));

        assertThat(sessions.mayContinue(idle, user)).isFalse();
        assertThat(sessions.mayContinue(live, user)).isTrue();
    }

    @Test
    void deletingAUserDeletesTheirSessionRows() {
        RenkeiUser user = newUser("it-session-cascade");
        SessionFixture.signedIn(sessions, user);

        jdbc.update("delete from app_user where id = ?", user.id());

        assertThat(jdbc.queryForObject("select count(*) from user_session where user_id = ?", Integer.class,
                user.id())).isZero();
    }

    private static RenkeiUser withRole(RenkeiUser user, Role role) {
        return new RenkeiUser(user.id(), user.username(), user.displayName(), role, user.wardId(),
                user.passwordHash(), user.enabled(), user.locked());
    }

    private RenkeiUser newUser(String name) {
        return SystemActor.call(() -> accounts.create(name, name, Role.VIEWER, null, "it-password-" + name));
    }
}
