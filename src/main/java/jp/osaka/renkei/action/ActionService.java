package jp.osaka.renkei.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.action.ActionChange.Change;
import jp.osaka.renkei.action.ActionChange.Field;
import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 取組み: reading one action with its notes and history, creating and changing actions, adding progress
 * notes and the bureau's review. Ward scoping is checked here, against the signed-in user, for every call.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActionService {

    private final ActionRepository actions;
    private final ProgressNoteRepository notes;
    private final ActionChangeRepository history;
    private final ActionReferences references;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionService(ActionRepository actions, ProgressNoteRepository notes, ActionChangeRepository history,
            ActionReferences references, CurrentUser currentUser, UserAccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.notes = notes;
        this.history = history;
        this.references = references;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** One action; a ward user asking for another ward's is refused. */
    public ActionDetail get(long id) {
        RenkeiUser user = currentUser.require();
        Action action = find(id);
        ActionAccess.requireRead(user, action.getWardId());
        Map<String, String> names = accounts.displayNames();
        return new ActionDetail(action.getId(), action.getVersion(), action.getTitle(), action.getDescription(),
                action.getWardId(), action.getPartnerIds(), action.getGoalId(), action.getOwner(),
                ActionRow.ownerName(action, names), action.getOwnerName() != null, action.getDueDate(),
                action.getStatus(), action.isOverdueOn(today()), action.getReviewComment(),
                notes.findByActionIdOrderByDateDescIdDesc(id).stream().map(n -> new ActionDetail.Note(n.getDate(),
                        n.getAuthor(), names.getOrDefault(n.getAuthor(), n.getAuthor()), n.getText(),
                        n.getCreatedAt())).toList(),
                history.findByActionIdOrderByChangedAtDescIdDesc(id).stream().map(c -> new ActionDetail.HistoryEntry(
                        c.getField(), shown(c.getField(), c.getOldValue(), names),
                        shown(c.getField(), c.getNewValue(), names), c.getChangedBy(), c.getChangedAt())).toList(),
                ActionAccess.canEdit(user, action.getWardId()), ActionAccess.isAdmin(user));
    }

    /** A new action; ward users create their own ward's only, administrators any ward's or city-wide. */
    @PreAuthorize("hasAnyRole('" + Roles.WARD_OFFICE + "', '" + Roles.SUPPORT_ROOM + "', '" + Roles.CITY_ADMIN + "')")
    @Transactional
    public long create(ActionInput input) {
        RenkeiUser user = currentUser.require();
        ActionAccess.requireEdit(user, input.wardId());
        references.check(input);
        Instant now = clock.instant();
        Action action = actions.saveAndFlush(new Action(input, user.username(), now));
        record(action, List.of(new Change(Field.CREATED, null, action.getTitle())), user.username(), now);
        events.publishEvent(ActionEvent.of(user.username(), AuditAction.ACTION_CREATED, action, wardLabel(action)));
        return action.getId();
    }

    /** Changes an action; refused when someone saved it in between, or when it would move to another ward. */
    @Transactional
    public void update(long id, long expectedVersion, ActionInput input) {
        RenkeiUser user = currentUser.require();
        Action action = find(id);
        ActionAccess.requireEdit(user, action.getWardId());
        ActionAccess.requireEdit(user, input.wardId());
        requireVersion(action, expectedVersion);
        references.check(input);
        Instant now = clock.instant();
        List<Change> changes = action.apply(input, user.username(), now);
        actions.flush();
        record(action, changes, user.username(), now);
        if (!changes.isEmpty()) {
            events.publishEvent(ActionEvent.of(user.username(), AuditAction.ACTION_UPDATED, action,
                    changes.stream().map(c -> c.field().name()).collect(Collectors.joining(","))));
        }
    }

    /** 進捗メモ: the signed-in user writes what happened on a day; who may change the action may add notes. */
    @Transactional
    public void addNote(long id, @Nullable LocalDate date, String text) {
        RenkeiUser user = currentUser.require();
        Action action = find(id);
        ActionAccess.requireEdit(user, action.getWardId());
        Instant now = clock.instant();
        ProgressNote note = notes.save(new ProgressNote(id, date, text, user.username(), now));
        action.touch(user.username(), now);
        record(action, List.of(new Change(Field.NOTE, null, note.getDate() + " " + note.getText())),
                user.username(), now);
        events.publishEvent(ActionEvent.of(user.username(), AuditAction.ACTION_NOTE_ADDED, action,
                note.getDate().toString()));
    }

    /** The bureau's review comment on an action (empty removes it). */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void review(long id, long expectedVersion, @Nullable String comment) {
        String actor = currentUser.require().username();
        Action action = find(id);
        requireVersion(action, expectedVersion);
        Instant now = clock.instant();
        Change change = action.review(comment, actor, now);
        actions.flush();
        record(action, List.of(change), actor, now);
        events.publishEvent(ActionEvent.of(actor, AuditAction.ACTION_REVIEWED, action, ""));
    }

    /** The users who may own an action of the ward (null: city-wide): that ward's staff and the bureau; a ward user asking for another ward's is refused. */
    public List<Owner> owners(@Nullable Long wardId) {
        // another ward's staff are no business of a ward user, who can create or change no action there
        ActionAccess.requireRead(currentUser.require(), wardId);
        return references.owners(wardId);
    }

    /**
     * Everyone who may own an action the signed-in user reads, then the people without an account named as owners
     * of the actions they read: for the list's owner filter.
     */
    public List<Owner> owners() {
        @Nullable Long scope = ActionAccess.scopeOf(currentUser.require());
        return Stream.concat(references.owners(scope, true).stream(),
                actions.findOwnerNames(scope).stream().map(Owner::named)).toList();
    }

    /** Who may own an action: a user (username), or a person without an account (username null, their name). */
    public record Owner(@Nullable String username, String displayName) {

        /** A person without an account, known by the name the ward gives. */
        public static Owner named(String name) {
            return new Owner(null, name);
        }

        public boolean withoutAccount() {
            return username == null;
        }
    }

    private Action find(long id) {
        return actions.findById(id).orElseThrow(() -> new DomainException("action.notFound"));
    }

    private static void requireVersion(Action action, long expectedVersion) {
        if (action.getVersion() != expectedVersion) {
            // Someone else saved in between: refuse rather than overwrite their change.
            throw new DomainException("action.stale");
        }
    }

    private void record(Action action, List<Change> changes, String actor, Instant at) {
        history.saveAll(changes.stream().map(c -> new ActionChange(action.getId(), c, actor, at)).toList());
    }

    /** A history value as people read it: an owner who is a user by their display name (the rest as stored). */
    private static @Nullable String shown(Field field, @Nullable String value, Map<String, String> names) {
        if (field != Field.OWNER || value == null || ActionOwners.freeName(value) != null) {
            return value;
        }
        return names.getOrDefault(value, value);
    }

    private static String wardLabel(Action action) {
        return action.getWardId() == null ? "city-wide" : "ward=" + action.getWardId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
