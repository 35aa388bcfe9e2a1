package jp.osaka.renkei.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.Roles;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ユーザー管理 (administrators): create, change role and ward, enable and disable, reset a password, end a sign-in back-off. */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
@Transactional
public class UserAdministrationService {

    private static final Logger log = LoggerFactory.getLogger(UserAdministrationService.class);

    /** Without look-alikes (0/O, 1/l/I), so that a password read out on the phone is typed right. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int ONE_TIME_LENGTH = 12;
    /** A login: lower-case letters, digits, dot, underscore and hyphen, 3 to 64 characters. */
    public static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionStamp stamps;
    private final SecureRandom random = new SecureRandom();

    UserAdministrationService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, SessionStamp stamps) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.stamps = stamps;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> findAll() {
        return users.findAll().stream().map(user -> UserSummary.of(user, clock.instant()))
                .sorted(Comparator.comparing(UserSummary::role).thenComparing(UserSummary::username)).toList();
    }

    /**
     * The user list for a download (ユーザー一覧の書き出し): names, logins, addresses, roles and wards leave the app, so
     * each download is audited as USERS_EXPORTED with its format and count.
     */
    public List<UserSummary> exportList(String format) {
        List<UserSummary> all = findAll();
        String actor = currentUser.require().username();
        events.publishEvent(new UserEvent(actor, AuditAction.USERS_EXPORTED, format, "count=" + all.size()));
        log.info("User list exported as {} ({} accounts) by '{}'", format, all.size(), actor);
        return all;
    }

    /**
     * Creates a user with a one-time password, returned once to be handed over; it must be changed at sign-in.
     * The address (null or blank: none) is set before USER_CREATED, whose listeners may write to it.
     */
    public String create(String username, String displayName, Role role, @Nullable Long wardId,
            @Nullable String email) {
        String password = oneTimePassword();
        AppUser user = new AppUser(username, passwordEncoder.encode(password), displayName.strip(), role, wardId,
                clock.instant());
        user.requirePasswordChange();
        saveNew(user, email);
        return password;
    }

    /** A directory account: no Renkei password; linked at its first directory sign-in by its login. */
    public void createDirectory(String username, String displayName, Role role, @Nullable Long wardId,
            @Nullable String email) {
        saveNew(AppUser.directory(username, displayName.strip(), role, wardId, clock.instant()), email);
    }

    /**
     * Creates every account of an imported file, all or none (one transaction: a failure on any line rolls back
     * the others); USERS_IMPORTED with the count and the file name, and USER_CREATED per account as one by one.
     */
    public List<IssuedPassword> importAll(List<NewAccount> accounts, String fileName) {
        if (accounts.isEmpty()) {
            throw new DomainException("users.import.empty");
        }
        List<IssuedPassword> issued = new ArrayList<>();
        for (NewAccount a : accounts) {
            if (a.signIn() == SignInMethod.DIRECTORY) {
                createDirectory(a.username(), a.displayName(), a.role(), a.wardId(), a.email());
                issued.add(new IssuedPassword(a.username(), null));
            } else {
                issued.add(new IssuedPassword(a.username(),
                        create(a.username(), a.displayName(), a.role(), a.wardId(), a.email())));
            }
        }
        users.flush();
        String target = fileName.length() > 200 ? fileName.substring(0, 200) : fileName; // the audit's column
        events.publishEvent(new UserEvent(currentUser.require().username(), AuditAction.USERS_IMPORTED, target,
                "count=" + accounts.size()));
        log.info("{} accounts imported from '{}' by '{}'", accounts.size(), fileName, currentUser.require().username());
        return issued;
    }

    private void saveNew(AppUser user, @Nullable String email) {
        String username = user.getUsername();
        if (!username.matches(USERNAME)) {
            throw new DomainException("user.username.invalid");
        }
        AppUser.requireWardMatchesRole(user.getRole(), user.getWardId());
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("user.username.taken", username);
        }
        user.changeEmail(email);
        users.save(user);
        published(AuditAction.USER_CREATED, user);
    }

    /** Changes name, role and ward, enabled, and the address (null or blank: none; a change is EMAIL_CHANGED too). */
    public UserSummary update(long id, long expectedVersion, String displayName, Role role, @Nullable Long wardId,
            boolean enabled, @Nullable String email) {
        AppUser user = find(id, expectedVersion);
        if (displayName.isBlank()) {
            throw new DomainException("user.displayName.required");
        }
        boolean wasEnabled = user.isEnabled();
        user.assign(displayName.strip(), role, wardId);
        user.setEnabled(enabled);
        stamps.raise();
        UserEvent emailChanged = EmailChange.apply(user, email, currentUser.require().username());
        published(AuditAction.USER_UPDATED, user);
        if (emailChanged != null) {
            events.publishEvent(emailChanged);
        }
        if (wasEnabled != enabled) {
            log.info("Account '{}' {} by '{}'", user.getUsername(), enabled ? "enabled" : "disabled",
                    currentUser.require().username());
        }
        return UserSummary.of(users.saveAndFlush(user), clock.instant());
    }

    /** パスワード再発行: a new one-time password, returned once; its back-off ends too, its sessions end. */
    public String resetPassword(long id, long expectedVersion) {
        AppUser user = find(id, expectedVersion);
        if (user.getSignInMethod() == SignInMethod.DIRECTORY) {
            throw new DomainException("users.reset.directory");
        }
        String password = oneTimePassword();
        user.setOneTimePassword(passwordEncoder.encode(password));
        stamps.raise();
        published(AuditAction.PASSWORD_RESET, user);
        log.info("Password of '{}' reset by '{}'", user.getUsername(), currentUser.require().username());
        return password;
    }

    /** 待機の解除: the account's back-off after failed sign-ins ends, its next attempt is checked at once. */
    public UserSummary unlock(long id, long expectedVersion) {
        AppUser user = find(id, expectedVersion);
        user.endSignInWait();
        published(AuditAction.SIGN_IN_WAIT_ENDED, user);
        return UserSummary.of(users.saveAndFlush(user), clock.instant());
    }

    private void published(AuditAction action, AppUser user) {
        String ward = user.getWardId() == null ? "" : " ward=" + user.getWardId();
        events.publishEvent(new UserEvent(currentUser.require().username(), action, user.getUsername(),
                user.getRole() + ward + (user.isEnabled() ? "" : " disabled")));
    }

    private AppUser find(long id, long expectedVersion) {
        AppUser user = users.findById(id).orElseThrow(() -> new DomainException("user.notFound"));
        if (user.getVersion() != expectedVersion) {
            throw new DomainException("user.stale");
        }
        return user;
    }

    private String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
