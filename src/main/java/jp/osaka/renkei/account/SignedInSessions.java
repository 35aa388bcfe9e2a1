package jp.osaka.renkei.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.security.SecurityProperties;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ログイン中の端末: every signed-in session of a user, in the table user_session that all instances share. A
 * session's row is written at its first request after sign-in ({@link SessionCheckFilter}); deleting the row
 * ends the session at its next request, on whichever instance holds it (sign out everywhere, 7.4.5).
 */
@Service
public class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    /** last_seen_at is written at most this often, not at every request. */
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserSessionRepository sessions;
    private final AppUserRepository users;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionStamp stamps;

    SignedInSessions(UserSessionRepository sessions, AppUserRepository users, SecurityProperties properties,
            ApplicationEventPublisher events, Clock clock, SessionStamp stamps) {
        this.sessions = sessions;
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.stamps = stamps;
    }

    /** The signed-in user's sessions, oldest sign-in first; the one of this request is marked current. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OwnSession> own() {
        String current = SessionRecord.currentId();
        return sessions.findByUserIdOrderBySignedInAtAscIdAsc(signedIn().getId()).stream()
                .map(s -> new OwnSession(s.getSignedInAt(), s.getLastSeenAt(), s.getAddress(), s.getUserAgent(),
                        s.getId().equals(current))).toList();
    }

    /** 他のすべての端末からログアウト: ends the user's other sessions, keeps this one; returns how many ended. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int endOwnOthers() {
        AppUser user = signedIn();
        String current = SessionRecord.currentId();
        int ended = sessions.deleteOthers(Objects.requireNonNull(user.getId()), current == null ? "" : current);
        stamps.raise();
        events.publishEvent(new UserEvent(user.getUsername(), AuditAction.OTHER_SESSIONS_ENDED, user.getUsername(),
                ended + " sessions"));
        return ended;
    }

    /** すべてのセッションを終了 (administrators): every session of a user ends at its next request. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public int endAllOf(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new DomainException("user.notFound"));
        int ended = sessions.deleteAllOf(userId);
        stamps.raise();
        events.publishEvent(new UserEvent(SecurityContextHolder.getContext().getAuthentication().getName(),
                AuditAction.SESSIONS_ENDED, user.getUsername(), ended + " sessions"));
        log.info("All {} sessions of '{}' ended by an administrator", ended, user.getUsername());
        return ended;
    }

    /**
     * Records a session that has just signed in and returns its new id. Beyond renkei.security.max-sessions-per-user
     * the user's oldest sessions end (audited), so that the new sign-in always works (docs/security.md).
     */
    @Transactional
    String start(RenkeiUser user, String address, String browser) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.save(new UserSession(id, user.id(), clock.instant(), address, browser));
        int max = properties.maxSessionsPerUser();
        if (max > 0) {
            List<UserSession> all = sessions.findByUserIdOrderBySignedInAtAscIdAsc(user.id()).stream()
                    .filter(s -> !s.getId().equals(id)).toList();
            List<UserSession> ended = all.subList(0, Math.max(0, all.size() - (max - 1)));
            if (!ended.isEmpty()) {
                sessions.deleteAllInBatch(ended);
                stamps.raise();
                events.publishEvent(new UserEvent(user.username(), AuditAction.SESSION_LIMIT_ENDED, user.username(),
                        ended.size() + " oldest sessions ended, limit " + max));
            }
        }
        return id;
    }

    /**
     * Whether a session may go on: its row still exists, it signed in less than renkei.security.max-session-age ago,
     * and its user still is the one signed in, with the same password, role and ward and enabled. One query;
     * last_seen_at is written at most once a minute.
     */
    @Transactional
    boolean mayContinue(String sessionId, RenkeiUser signedIn) {
        return check(sessionId, signedIn) != null;
    }

    /** {@link #mayContinue}, saying when the session signed in: null when it may not go on. */
    @Transactional
    @Nullable Instant check(String sessionId, RenkeiUser signedIn) {
        List<Object[]> found = sessions.findWithUser(sessionId);
        if (found.isEmpty()) {
            return null;
        }
        UserSession session = (UserSession) found.getFirst()[0];
        AppUser user = (AppUser) found.getFirst()[1];
        Instant now = clock.instant();
        if (!session.getSignedInAt().plus(properties.maxSessionAge()).isAfter(now)) {
            sessions.deleteOne(sessionId);
            log.info("A session of '{}' ended: signed in longer than {} ago", user.getUsername(),
                    properties.maxSessionAge());
            return null;
        }
        if (session.getLastSeenAt().isBefore(now.minus(SEEN_EVERY))) {
            sessions.touch(sessionId, now);
        }
        return UserAccountService.stillMatches(user, signedIn) ? session.getSignedInAt() : null;
    }

    /** A session ended here (logout, timeout): its row goes. */
    @Transactional
    void end(String sessionId) {
        sessions.deleteOne(sessionId);
    }

    /** Sessions that end together (this instance shutting down): their rows go, a thousand per statement. */
    @Transactional
    int endAll(List<String> sessionIds) {
        int ended = 0;
        for (int from = 0; from < sessionIds.size(); from += 1000) {
            ended += sessions.deleteRows(sessionIds.subList(from, Math.min(from + 1000, sessionIds.size())));
        }
        return ended;
    }

    /** Rows of sessions not seen for longer than this: their instance stopped without ending them. */
    @Transactional
    int removeIdle(Duration idle) {
        return sessions.deleteSeenBefore(clock.instant().minus(idle));
    }

    private AppUser signedIn() {
        return users.findByUsername(SecurityContextHolder.getContext().getAuthentication().getName())
                .orElseThrow(() -> new DomainException("user.notFound"));
    }

    /** A session as its user sees it in the list. */
    public record OwnSession(Instant signedInAt, Instant lastSeenAt, String address, String browser,
            boolean current) {
    }
}
