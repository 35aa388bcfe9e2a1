package jp.osaka.renkei.account;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jp.osaka.renkei.base.security.RenkeiUser;

import org.jspecify.annotations.Nullable;

/**
 * What an HTTP session keeps of its last check against the database ({@link SignedInSessions#check}): which row and
 * user, the session stamp then, when, and when the session signed in. While the stamp is the same, the check is
 * younger than {@link SignedInSessions#SEEN_EVERY} and the session younger than its maximum age, the session goes on
 * without a query (docs/decisions/0020-session-check-in-memory.md).
 */
record CheckedSession(String sessionId, RenkeiUser user, long stamp, Instant checkedAt, Instant signedInAt)
        implements Serializable {

    static final String ATTRIBUTE = CheckedSession.class.getName();

    static @Nullable CheckedSession of(HttpSession session) {
        try {
            return session.getAttribute(ATTRIBUTE) instanceof CheckedSession found ? found : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** True when nothing that could end the session changed since this check and it is recent enough. */
    boolean stillHolds(String rowId, RenkeiUser signedIn, long currentStamp, Instant now, Duration maxAge) {
        return stamp == currentStamp && sessionId.equals(rowId) && user.equals(signedIn)
                && now.isBefore(checkedAt.plus(SignedInSessions.SEEN_EVERY)) && !now.isBefore(checkedAt)
                && now.isBefore(signedInAt.plus(maxAge));
    }
}
