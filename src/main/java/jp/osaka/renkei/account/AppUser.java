package jp.osaka.renkei.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.i18n.AppLocales;
import jp.osaka.renkei.base.security.EmailAddress;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Role;
import jp.osaka.renkei.base.security.SignInBackOff;

import org.jspecify.annotations.Nullable;

/** A person who signs in to Renkei: a role and, for ward roles, the ward they work for. */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int MAX_DISPLAY_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /** The ward of a ward role; a plain id so that security does not depend on the ward feature. */
    @Column(name = "ward_id")
    private @Nullable Long wardId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Failed sign-ins since the last successful one (or the administrator's 待機の解除). */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** The back-off: no password is checked before this instant (docs/decisions/0011-sign-in-throttling.md). */
    @Column(name = "sign_in_wait_until")
    private @Nullable Instant signInWaitUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The user's own address; none: mail for the ward role goes to the ward's mailbox, if it has one. */
    @Column(length = EmailAddress.MAX_LENGTH)
    private @Nullable String email;

    /** ja or en: the language of the user's mails. */
    @Column(nullable = false, length = 8)
    private String language = AppLocales.JAPANESE.getLanguage();

    /** Optional mails the user may turn off; reminders, 差し戻し and account notices always come. */
    @Column(name = "mail_published", nullable = false)
    private boolean mailPublished = true;

    @Column(name = "mail_due_soon", nullable = false)
    private boolean mailDueSoon = true;

    /** LOCAL: a Renkei password; DIRECTORY: the city's directory vouches, and gives role and ward at each sign-in. */
    @Enumerated(EnumType.STRING)
    @Column(name = "sign_in", nullable = false, length = 10)
    private SignInMethod signIn = SignInMethod.LOCAL;

    /** The identity at the directory; null until a directory account's first sign-in links it. */
    @Column(name = "directory_id", unique = true, length = 255)
    private @Nullable String directoryId;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    protected AppUser() {
        this.username = "";
        this.passwordHash = "";
        this.displayName = "";
        this.role = Role.VIEWER;
        this.createdAt = Instant.EPOCH;
    }

    AppUser(String username, String passwordHash, String displayName, Role role, @Nullable Long wardId, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = checkDisplayName(displayName);
        this.role = role;
        this.wardId = wardId;
        this.createdAt = now;
    }

    /** A directory account: no password in Renkei (the hash matches nothing), role and ward from the directory. */
    static AppUser directory(String username, String displayName, Role role, @Nullable Long wardId, Instant now) {
        AppUser user = new AppUser(username, "", displayName, role, wardId, now);
        user.signIn = SignInMethod.DIRECTORY;
        return user;
    }

    /** This account as the principal Spring Security keeps in the session (a back-off refuses before: SignInWaitCheck). */
    RenkeiUser asPrincipal() {
        return new RenkeiUser(Objects.requireNonNull(id), username, displayName, role, wardId, passwordHash, enabled,
                false);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Long getWardId() {
        return wardId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether a sign-in attempt at this instant is refused unchecked: the account is in its back-off. */
    public boolean isWaitingAt(Instant now) {
        return signInWaitUntil != null && signInWaitUntil.isAfter(now);
    }

    /** How long from now until a password is checked again; zero when it is checked at once. */
    Duration signInWaitAt(Instant now) {
        return isWaitingAt(now) ? Duration.between(now, signInWaitUntil) : Duration.ZERO;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long getVersion() {
        return version;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public Locale getLanguage() {
        return AppLocales.supported(Locale.of(language));
    }

    public boolean wantsMailOnPublished() {
        return mailPublished;
    }

    public boolean wantsMailOnDueSoon() {
        return mailDueSoon;
    }

    /** A new address (blank: none), checked and normalised by {@link EmailAddress}. */
    void changeEmail(@Nullable String address) {
        this.email = EmailAddress.normalise(address);
    }

    void changeLanguage(Locale locale) {
        this.language = AppLocales.supported(locale).getLanguage();
    }

    void chooseOptionalMails(boolean published, boolean dueSoon) {
        this.mailPublished = published;
        this.mailDueSoon = dueSoon;
    }

    /** Role and ward together, so that a ward role never lacks a ward and no other role has one. */
    void assign(String displayName, Role role, @Nullable Long wardId) {
        requireWardMatchesRole(role, wardId);
        this.displayName = checkDisplayName(displayName);
        this.role = role;
        this.wardId = wardId;
    }

    static String checkDisplayName(String displayName) {
        return TextLimit.check(displayName, MAX_DISPLAY_NAME, "user.displayName.tooLong");
    }

    static void requireWardMatchesRole(Role role, @Nullable Long wardId) {
        if (role.wardScoped() != (wardId != null)) {
            throw new DomainException(role.wardScoped() ? "user.ward.required" : "user.ward.forbidden");
        }
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password an administrator set: it works once, then the user must choose their own. */
    void setOneTimePassword(String hash) {
        this.passwordHash = hash;
        requirePasswordChange();
        endSignInWait();
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    void changePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** The same password hashed by the current algorithm: a one-time password stays one. */
    void rehashPassword(String hash) {
        this.passwordHash = hash;
    }

    /** 待機の解除: the next attempt is checked at once, and the back-off starts from nothing again. */
    void endSignInWait() {
        failedSignIns = 0;
        signInWaitUntil = null;
    }

    /**
     * Counts a wrong password and sets the wait it calls for; true when this failure started the back-off. Attempts
     * during a wait are refused before any check (SignInWaitCheck), so they never reach here and do not prolong it.
     */
    boolean recordFailedSignIn(Instant now, SignInBackOff backOff) {
        failedSignIns++;
        Duration wait = backOff.waitAfter(failedSignIns);
        signInWaitUntil = wait.isZero() ? null : now.plus(wait);
        return backOff.startsWith(failedSignIns);
    }

    int failedSignIns() {
        return failedSignIns;
    }

    void recordSuccessfulSignIn(Instant now) {
        endSignInWait();
        lastSignInAt = now;
    }

    public SignInMethod getSignInMethod() {
        return signIn;
    }

    public @Nullable String getDirectoryId() {
        return directoryId;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** Ties a directory account to the identity that signed in as it first. */
    void linkDirectory(String id) {
        if (signIn != SignInMethod.DIRECTORY) {
            throw new IllegalStateException("Only a directory account is linked to a directory identity");
        }
        this.directoryId = id;
    }
}
