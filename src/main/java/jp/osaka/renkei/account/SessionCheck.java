package jp.osaka.renkei.account;

import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.Instant;

import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.SecurityProperties;

import org.springframework.stereotype.Component;

/**
 * The check of a signed-in session at each of its requests ({@link SessionCheckFilter}): from what the session
 * remembers of its last check while the {@link SessionStamp} stands still, otherwise (and at least once a minute,
 * when last_seen_at is due anyway) against the database. Was one query and transaction per request
 * (docs/decisions/0020-session-check-in-memory.md).
 */
@Component
class SessionCheck {

    private final SignedInSessions sessions;
    private final SessionStamp stamps;
    private final SecurityProperties properties;
    private final Clock clock;

    SessionCheck(SignedInSessions sessions, SessionStamp stamps, SecurityProperties properties, Clock clock) {
        this.sessions = sessions;
        this.stamps = stamps;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the session with this row may go on as this user. */
    boolean mayContinue(HttpSession session, String rowId, RenkeiUser user) {
        long stamp = stamps.current(); // before the check: a change after it shows at the next request
        Instant now = clock.instant();
        CheckedSession checked = CheckedSession.of(session);
        if (checked != null && checked.stillHolds(rowId, user, stamp, now, properties.maxSessionAge())) {
            return true;
        }
        Instant signedInAt = sessions.check(rowId, user);
        if (signedInAt == null) {
            session.removeAttribute(CheckedSession.ATTRIBUTE);
            return false;
        }
        session.setAttribute(CheckedSession.ATTRIBUTE, new CheckedSession(rowId, user, stamp, now, signedInAt));
        return true;
    }
}
