package jp.osaka.renkei.action;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jp.osaka.renkei.action.ActionChange.Change;
import jp.osaka.renkei.action.ActionChange.Field;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** 取組み: a follow-up action of one ward (or city-wide, ward null), about one or more partners. */
@Entity
@Table(name = "action")
public class Action {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_REVIEW_LENGTH = 1000;
    public static final int MAX_OWNER_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title = "";

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private @Nullable String description;

    @Column(name = "ward_id")
    private @Nullable Long wardId;

    /** The partners (survey.Partner ids): plain ids, so that actions need no more of the survey than its names. */
    @ElementCollection
    @CollectionTable(name = "action_partner", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "partner_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> partnerIds = new TreeSet<>();

    @Column(name = "goal_id")
    private @Nullable Long goalId;

    /** The owner with an account (a username); null when the owner is a person without one ({@link #ownerName}). */
    @Column(length = 64)
    private @Nullable String owner;

    /** The owner's name when they have no account (e.g. 訪問看護ステーション 田中); exactly one of the two is set. */
    @Column(name = "owner_name", length = MAX_OWNER_NAME_LENGTH)
    private @Nullable String ownerName;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.PLANNED;

    @Column(name = "review_comment", length = MAX_REVIEW_LENGTH)
    private @Nullable String reviewComment;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Action() {
    }

    Action(ActionInput input, String actor, Instant now) {
        apply(input, actor, now);
        this.createdBy = actor;
        this.createdAt = now;
    }

    /** Takes the form's values; returns what changed, for the history. */
    List<Change> apply(ActionInput input, String actor, Instant now) {
        String newTitle = input.title().strip();
        if (newTitle.isEmpty()) {
            throw new DomainException("action.title.required");
        }
        TextLimit.check(newTitle, MAX_TITLE_LENGTH, "action.title.tooLong");
        String newDescription = TextLimit.check(blankToNull(input.description()), MAX_DESCRIPTION_LENGTH,
                "action.description.tooLong");
        if (input.partnerIds().isEmpty()) {
            throw new DomainException("action.partners.required");
        }
        String newOwner = blankToNull(input.owner());
        String newOwnerName = ownerName(input);
        if (input.dueDate() == null) {
            throw new DomainException("action.dueDate.required");
        }
        List<Change> changes = new ArrayList<>();
        record(changes, Field.TITLE, title, newTitle);
        record(changes, Field.DESCRIPTION, description, newDescription);
        record(changes, Field.WARD, wardId, input.wardId());
        record(changes, Field.PARTNERS, ids(partnerIds), ids(input.partnerIds()));
        record(changes, Field.GOAL, goalId, input.goalId());
        record(changes, Field.OWNER, ActionOwners.historyValue(owner, ownerName),
                ActionOwners.historyValue(newOwner, newOwnerName));
        record(changes, Field.DUE_DATE, dueDate, input.dueDate());
        record(changes, Field.STATUS, status, input.status());
        title = newTitle;
        description = newDescription;
        wardId = input.wardId();
        partnerIds.clear();
        partnerIds.addAll(input.partnerIds());
        goalId = input.goalId();
        owner = newOwner;
        ownerName = newOwnerName;
        dueDate = input.dueDate();
        status = input.status();
        if (!changes.isEmpty()) {
            touch(actor, now);
        }
        return changes;
    }

    /** The free name, checked: a user or a name, never both nor neither; a name of 1 to 100 characters. */
    private static @Nullable String ownerName(ActionInput input) {
        String name = input.ownerName();
        if (name != null && name.isBlank()) {
            throw new DomainException("action.ownerName.required");
        }
        String stripped = name == null ? null : name.strip();
        boolean user = input.owner() != null && !input.owner().isBlank();
        if (user && stripped != null) {
            throw new DomainException("action.owner.both");
        }
        if (!user && stripped == null) {
            throw new DomainException("action.owner.required");
        }
        return TextLimit.check(stripped, MAX_OWNER_NAME_LENGTH, "action.ownerName.tooLong");
    }

    /** The bureau's review comment (empty removes it). */
    Change review(@Nullable String comment, String actor, Instant now) {
        String text = TextLimit.check(blankToNull(comment), MAX_REVIEW_LENGTH, "action.review.tooLong");
        Change change = new Change(Field.REVIEW, reviewComment, text);
        reviewComment = text;
        touch(actor, now);
        return change;
    }

    /** 期限切れ: the due date has passed and the action is not done. */
    public boolean isOverdueOn(LocalDate today) {
        return status != ActionStatus.DONE && dueDate.isBefore(today);
    }

    void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    private static void record(List<Change> changes, Field field, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private static String ids(Set<Long> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable Long getWardId() {
        return wardId;
    }

    public Set<Long> getPartnerIds() {
        return Set.copyOf(partnerIds);
    }

    public @Nullable Long getGoalId() {
        return goalId;
    }

    /** The owner's username, or null for an owner without an account. */
    public @Nullable String getOwner() {
        return owner;
    }

    /** The owner's name when they have no account, else null. */
    public @Nullable String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
