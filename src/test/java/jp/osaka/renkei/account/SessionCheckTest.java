package jp.osaka.renkei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SecurityProperties;
import jp.osaka.renkei.base.security.SignInWatch.MovableClock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** A session is checked against the database once, then from memory until something changes or a minute passes. */
class SessionCheckTest {

    private static final RenkeiUser USER = new RenkeiUser(7, "ward-test", "テスト", Role.WARD_OFFICE, 1L, "{x}hash",
            true, false);
    private static final Duration MAX_AGE = Duration.ofHours(12);

    private final SignedInSessions sessions = mock(SignedInSessions.class);
    private final SessionStamp stamps = mock(SessionStamp.class);
    private final MovableClock clock = new MovableClock();
    private final MockHttpSession session = new MockHttpSession();
    private SessionCheck check;
    private Instant signedInAt;

    @BeforeEach
    void signedIn() {
        SecurityProperties properties = new SecurityProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 10,
                Duration.ofMinutes(1), 10_000, 0, 60, 20, MAX_AGE, 0);
        check = new SessionCheck(sessions, stamps, properties, clock);
        signedInAt = clock.instant();
        when(stamps.current()).thenReturn(3L);
        when(sessions.check("row-1", USER)).thenReturn(signedInAt);
    }

    @Test
    void theDatabaseIsAskedOnceAndThenNotWhileTheStampStandsStill() {
        for (int request = 0; request < 20; request++) {
            assertThat(check.mayContinue(session, "row-1", USER)).isTrue();
            clock.advance(Duration.ofSeconds(2));
        }

        verify(sessions, times(1)).check(anyString(), any());
    }

    @Test
    void aRaisedStampSendsTheNextRequestToTheDatabaseWhichMayEndTheSession() {
        check.mayContinue(session, "row-1", USER);
        when(stamps.current()).thenReturn(4L);
        when(sessions.check("row-1", USER)).thenReturn(null); // e.g. disabled, or its row deleted

        assertThat(check.mayContinue(session, "row-1", USER)).isFalse();
        assertThat(session.getAttribute(CheckedSession.ATTRIBUTE)).as("nothing left to go on from").isNull();
        verify(sessions, times(2)).check("row-1", USER);
    }

    @Test
    void aMinuteAfterTheLastCheckTheDatabaseIsAskedAgainAsLastSeenIsDue() {
        check.mayContinue(session, "row-1", USER);
        clock.advance(Duration.ofSeconds(59));
        check.mayContinue(session, "row-1", USER);
        verify(sessions, times(1)).check("row-1", USER);

        clock.advance(Duration.ofSeconds(1));
        check.mayContinue(session, "row-1", USER);

        verify(sessions, times(2)).check("row-1", USER);
    }

    @Test
    void theMaximumAgeSendsTheSessionToTheDatabaseAtOnce() {
        clock.advance(MAX_AGE.minusSeconds(30));
        check.mayContinue(session, "row-1", USER);
        clock.advance(Duration.ofSeconds(30));
        when(sessions.check("row-1", USER)).thenReturn(null);

        assertThat(check.mayContinue(session, "row-1", USER)).isFalse();
    }

    @Test
    void anotherRowOrAnotherStateOfTheUserIsCheckedAgain() {
        check.mayContinue(session, "row-1", USER);
        RenkeiUser promoted = new RenkeiUser(7, "ward-test", "テスト", Role.CITY_ADMIN, null, "{x}hash", true, false);
        when(sessions.check("row-2", USER)).thenReturn(signedInAt);
        when(sessions.check("row-1", promoted)).thenReturn(null);

        assertThat(check.mayContinue(session, "row-2", USER)).isTrue();
        assertThat(check.mayContinue(session, "row-1", promoted)).isFalse();
        verify(sessions).check("row-2", USER);
        verify(sessions).check("row-1", promoted);
    }
}
