package jp.osaka.renkei.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import jp.osaka.renkei.account.DirectoryMapping.Assignment;
import jp.osaka.renkei.account.DirectorySignInRefused.Reason;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.WardDirectory;
import jp.osaka.renkei.base.security.EmailAddress;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person the directory (OpenID Connect or LDAP) vouched for becomes a Renkei user: their account is created at
 * the first sign-in, its role and ward follow the directory's groups at every sign-in, and an account disabled in
 * Renkei stays refused whatever the directory says. Refusals are audited (SIGN_IN_REFUSED) and kept even though
 * the sign-in fails; see docs/security.md "Directory sign-in".
 */
@Service
public class DirectorySignIn {

    static final String SYSTEM_ACTOR = "directory";

    private static final Logger log = LoggerFactory.getLogger(DirectorySignIn.class);

    private final AppUserRepository users;
    private final DirectoryMapping mapping;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionStamp stamps;

    DirectorySignIn(AppUserRepository users, DirectoryProperties properties, WardDirectory wards,
            ApplicationEventPublisher events, Clock clock, SessionStamp stamps) {
        this.users = users;
        this.mapping = new DirectoryMapping(properties, wards);
        this.events = events;
        this.clock = clock;
        this.stamps = stamps;
    }

    /**
     * The Renkei user the directory's person signs in as; refuses with {@link DirectorySignInRefused}, audited.
     * Runs before the person is signed in, so it has no access check of its own: only the sign-in filters call it.
     */
    @Transactional(noRollbackFor = DirectorySignInRefused.class)
    public RenkeiUser signIn(DirectoryIdentity identity) {
        String login = identity.login().strip();
        if (login.isEmpty() || login.length() > 64) {
            throw refuse(identity, Reason.INVALID_LOGIN);
        }
        AppUser user = account(identity, login);
        if (user != null && !user.isEnabled()) {
            throw refuse(identity, Reason.DISABLED);
        }
        Assignment assignment;
        try {
            assignment = mapping.map(identity);
        } catch (DirectorySignInRefused refused) {
            throw refuse(identity, refused.reason());
        }
        Instant now = clock.instant();
        if (user == null) {
            user = AppUser.directory(login, directoryName(identity.nameOrLogin()), assignment.role(), assignment.wardId(), now);
            user.linkDirectory(identity.id());
            user.changeEmail(validOrNull(identity.email()));
            users.save(user);
            events.publishEvent(new UserEvent(SYSTEM_ACTOR, AuditAction.USER_CREATED, login,
                    describe(assignment.role(), assignment.wardId()) + " (directory)"));
        } else {
            update(user, identity, assignment);
        }
        user.recordSuccessfulSignIn(now);
        return user.asPrincipal();
    }

    /** The account of this identity, or of its login when that is a directory account not yet linked. */
    private @Nullable AppUser account(DirectoryIdentity identity, String login) {
        Optional<AppUser> linked = users.findByDirectoryId(identity.id());
        if (linked.isPresent()) {
            return linked.get();
        }
        AppUser byLogin = users.findByUsername(login).orElse(null);
        if (byLogin == null) {
            return null;
        }
        if (byLogin.getSignInMethod() == SignInMethod.LOCAL) {
            throw refuse(identity, Reason.LOCAL_ACCOUNT);
        }
        if (byLogin.getDirectoryId() != null) {
            throw refuse(identity, Reason.INVALID_LOGIN); // another directory identity's login
        }
        byLogin.linkDirectory(identity.id());
        return byLogin;
    }

    private void update(AppUser user, DirectoryIdentity identity, Assignment assignment) {
        String before = describe(user.getRole(), user.getWardId());
        boolean moved = user.getRole() != assignment.role() || !Objects.equals(user.getWardId(), assignment.wardId());
        user.assign(identity.displayName().isBlank() ? user.getDisplayName() : directoryName(identity.displayName()),
                assignment.role(), assignment.wardId());
        if (moved) {
            stamps.raise(); // sessions that signed in with the old role or ward end
            String after = describe(assignment.role(), assignment.wardId());
            events.publishEvent(new UserEvent(SYSTEM_ACTOR, AuditAction.ROLE_CHANGED, user.getUsername(),
                    before + " → " + after + " (directory)"));
            log.info("Directory groups of '{}' changed: {} → {}", user.getUsername(), before, after);
        }
        String email = validOrNull(identity.email());
        if (email != null) {
            UserEvent changed = EmailChange.apply(user, email, SYSTEM_ACTOR);
            if (changed != null) {
                events.publishEvent(changed);
            }
        }
    }

    private DirectorySignInRefused refuse(DirectoryIdentity identity, Reason reason) {
        String groups = String.join(", ", new TreeSet<>(identity.groups()));
        String detail = reason + " groups=[" + (groups.length() > 400 ? groups.substring(0, 400) + "…" : groups) + "]";
        events.publishEvent(new UserEvent(SYSTEM_ACTOR, AuditAction.SIGN_IN_REFUSED, truncate(identity.login()),
                detail));
        log.warn("Directory sign-in of '{}' refused: {}", truncate(identity.login()), reason);
        return new DirectorySignInRefused(reason);
    }

    private static String describe(Role role, @Nullable Long wardId) {
        return role + (wardId == null ? "" : " ward=" + wardId);
    }

    /** A directory's address that Renkei would refuse is left out rather than refusing the sign-in. */
    private static @Nullable String validOrNull(@Nullable String email) {
        try {
            return EmailAddress.normalise(email);
        } catch (RuntimeException invalid) {
            return null;
        }
    }

    private static String truncate(String login) {
        return login.length() > 64 ? login.substring(0, 64) : login;
    }

    /** A directory's name longer than Renkei keeps is cut, not refused: the person still signs in. */
    private static String directoryName(String name) {
        return TextLimit.cut(name, AppUser.MAX_DISPLAY_NAME);
    }
}
