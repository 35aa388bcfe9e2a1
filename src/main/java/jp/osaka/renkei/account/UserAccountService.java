package jp.osaka.renkei.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.AccountLookup;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users in the database: loading them for sign-in, creating accounts (failed sign-ins: {@link AccountBackOff}). */
@Service
public class UserAccountService implements UserDetailsService, UserDetailsPasswordService, AccountLookup {

    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DirectoryProperties directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionStamp stamps;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, DirectoryProperties directory,
            ApplicationEventPublisher events, Clock clock, SessionStamp stamps) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.stamps = stamps;
    }

    /**
     * The local account for a password sign-in. A directory account, or a local one that renkei.directory.local-sign-in
     * no longer lets in, is "not found" here: the form then tries the directory (LDAP) or fails like a wrong password.
     */
    @Override
    @Transactional(readOnly = true)
    public RenkeiUser loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).filter(this::signsInLocally)
                .orElseThrow(() -> new UsernameNotFoundException("No such local user"));
        return user.asPrincipal(); // a back-off refuses before this is called: SignInWaitCheck
    }

    /**
     * The sign-in's upgrade of an older hash ({bcrypt}) to the current algorithm's, called by {@link PasswordSignIn}
     * right after the password matched. Only a local account that may sign in, with the hash that was just checked:
     * nothing for a directory, disabled or waiting account, or one whose password changed meanwhile. The returned
     * user carries the new hash, so that the session it signs in is not taken for one of an old password.
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails signingIn, @Nullable String newHash) {
        Instant now = clock.instant();
        return users.findByUsername(signingIn.getUsername()).filter(this::signsInLocally)
                .filter(user -> newHash != null && user.isEnabled() && !user.isWaitingAt(now)
                        && user.getPasswordHash().equals(signingIn.getPassword()))
                .<UserDetails>map(user -> {
                    user.rehashPassword(Objects.requireNonNull(newHash));
                    stamps.raise(); // the user's other sessions carry the old hash
                    log.info("Password hash of '{}' upgraded to {{}}", user.getUsername(), PasswordHashing.CURRENT);
                    return user.asPrincipal();
                }).orElse(signingIn);
    }

    private boolean signsInLocally(AppUser user) {
        return user.getSignInMethod() == SignInMethod.LOCAL && directory.localSignIn().allows(user.getRole());
    }

    /** Creates an account; only an administrator (or the system acting as one) may. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RenkeiUser create(String username, String displayName, Role role, @Nullable Long wardId,
            String rawPassword) {
        return create(username, displayName, role, wardId, rawPassword, null);
    }

    /** Creates an account with its own address (null or blank: none), set before USER_CREATED is published. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RenkeiUser create(String username, String displayName, Role role, @Nullable Long wardId,
            String rawPassword, @Nullable String email) {
        AppUser.requireWardMatchesRole(role, wardId);
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("user.username.taken", username);
        }
        AppUser user = new AppUser(username, passwordEncoder.encode(rawPassword), displayName, role, wardId,
                clock.instant());
        user.changeEmail(email);
        users.save(user);
        events.publishEvent(new UserEvent(SecurityContextHolder.getContext().getAuthentication().getName(),
                AuditAction.USER_CREATED, username, role + (wardId == null ? "" : " ward=" + wardId)));
        return user.asPrincipal();
    }

    /** アカウント設定: the signed-in user's own address, language and optional mails. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSettings ownSettings() {
        return AccountSettings.of(signedIn());
    }

    /**
     * Saves the signed-in user's own settings, if nobody changed the account since they were read ("user.stale");
     * audited as EMAIL_CHANGED when the address changed and MAIL_SETTINGS_CHANGED when anything else did.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountSettings saveOwnSettings(AccountSettings settings) {
        AppUser user = signedIn();
        if (user.getVersion() != settings.version()) {
            throw new DomainException("user.stale");
        }
        AccountSettings before = AccountSettings.of(user);
        UserEvent emailChanged = EmailChange.apply(user, settings.email(), user.getUsername());
        user.changeLanguage(settings.language());
        user.chooseOptionalMails(settings.mailPublished(), settings.mailDueSoon());
        if (emailChanged != null) {
            events.publishEvent(emailChanged);
        }
        String changes = before.mailChanges(AccountSettings.of(user));
        if (!changes.isEmpty()) {
            events.publishEvent(new UserEvent(user.getUsername(), AuditAction.MAIL_SETTINGS_CHANGED, user.getUsername(),
                    changes));
        }
        return AccountSettings.of(users.saveAndFlush(user));
    }

    /** The language switch of a signed-in user: their mails follow the language they read the app in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseOwnLanguage(Locale language) {
        signedIn().changeLanguage(language);
    }

    private AppUser signedIn() {
        return users.findByUsername(SecurityContextHolder.getContext().getAuthentication().getName())
                .orElseThrow(() -> new DomainException("user.notFound"));
    }

    /** Whether the user still signs in with a one-time password and must choose their own first. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(AppUser::mustChangePassword).orElse(false);
    }

    /**
     * パスワード変更: the signed-in user replaces their password, proving they know the current one. Returns
     * the user as a new sign-in would see them: the caller's session goes on with it, their other sessions end.
     */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    @Transactional
    public RenkeiUser changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new DomainException("user.notFound"));
        if (user.getSignInMethod() == SignInMethod.DIRECTORY) {
            throw new DomainException("password.directory");
        }
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new DomainException("password.current.wrong");
        }
        PasswordPolicy.check(newPassword, username, user.getDisplayName());
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new DomainException("password.unchanged");
        }
        user.changePassword(passwordEncoder.encode(newPassword));
        stamps.raise();
        events.publishEvent(new UserEvent(username, AuditAction.PASSWORD_CHANGED, username, ""));
        log.info("Password changed by '{}'", username);
        return user.asPrincipal();
    }

    /**
     * Whether a session signed in as this user may go on: the account still exists and is enabled, with the
     * password, role and ward it had at sign-in. A back-off does not end sessions: anyone can start one by
     * mistyping the account's password, and must not sign its user out by that.
     */
    @Transactional(readOnly = true)
    public boolean sessionMayContinue(RenkeiUser signedIn) {
        return users.findById(signedIn.id()).filter(user -> stillMatches(user, signedIn)).isPresent();
    }

    /** The account is enabled, with the name, password, role and ward the session signed in with. */
    static boolean stillMatches(AppUser user, RenkeiUser signedIn) {
        return user.isEnabled() && user.getUsername().equals(signedIn.username())
                && user.getPasswordHash().equals(signedIn.passwordHash())
                && user.getRole() == signedIn.role() && Objects.equals(user.getWardId(), signedIn.wardId());
    }

    /** True when no user exists yet: a new installation that needs its first administrator. */
    @Transactional(readOnly = true)
    public boolean noUsers() {
        return users.count() == 0;
    }

    /** The name people know a user by (e.g. 北区役所 担当者), or the username itself for an unknown one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayNameOf(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    /** Every user's display name by username, read at once (for lists that name many users). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<String, String> displayNames() {
        return users.findAll().stream().collect(java.util.stream.Collectors.toMap(AppUser::getUsername,
                AppUser::getDisplayName));
    }

    /** Every enabled user by username, without password data (e.g. to choose an action's owner). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.List<UserSummary> findEnabled() {
        java.time.Instant now = clock.instant();
        return users.findAll().stream().filter(AppUser::isEnabled).map(u -> UserSummary.of(u, now))
                .sorted(java.util.Comparator.comparing(UserSummary::username)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RenkeiUser> findByUsername(String username) {
        return users.findByUsername(username).map(AppUser::asPrincipal);
    }

    @EventListener
    @Transactional
    public void onSignIn(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(user -> user.recordSuccessfulSignIn(clock.instant()));
    }
}
