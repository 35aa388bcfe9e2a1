package jp.osaka.renkei.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;

import org.jspecify.annotations.Nullable;

/** 回答: one ward's answers for one respondent type in one round. */
@Entity
@Table(name = "survey_response")
public class Response {

    /** One change to record in the history, before the response has an id; note says why, where it matters. */
    record Change(@Nullable Long itemId, AnswerChange.Field field, @Nullable String oldValue,
            @Nullable String newValue, @Nullable String note) {

        Change(@Nullable Long itemId, AnswerChange.Field field, @Nullable String oldValue, @Nullable String newValue) {
            this(itemId, field, oldValue, newValue, null);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Column(name = "ward_id", nullable = false)
    private long wardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false, length = 20)
    private RespondentType respondentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseStatus status = ResponseStatus.DRAFT;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Rating> ratings = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by", length = 64)
    private @Nullable String submittedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    protected Response() {
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    Response(Round round, long wardId, RespondentType respondentType, String actor, Instant now) {
        this.round = round;
        this.wardId = wardId;
        this.respondentType = respondentType;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    /** Takes the form's answers for the instrument's items; returns what changed, for the history. */
    List<Change> apply(Instrument instrument, List<AnswerInput> answers, String actor, Instant now) {
        requireDraft();
        Map<Long, InstrumentItem> items = instrument.activeItems().stream()
                .collect(Collectors.toMap(InstrumentItem::getId, Function.identity()));
        Map<Long, Rating> existing = ratings.stream()
                .collect(Collectors.toMap(r -> r.getItem().getId(), Function.identity()));
        List<Change> changes = new ArrayList<>();
        for (AnswerInput answer : answers) {
            InstrumentItem item = items.get(answer.itemId());
            if (item == null) {
                throw new DomainException("answer.item.unknown");
            }
            String comment = normalise(answer.comment());
            if (!TextLimit.fits(comment, Rating.MAX_COMMENT_LENGTH)) {
                throw new DomainException("answer.comment.tooLong", item.getItemNo(), Rating.MAX_COMMENT_LENGTH);
            }
            Rating rating = existing.get(item.getId());
            if (rating == null) {
                if (answer.level() == null && comment == null) {
                    continue;
                }
                rating = new Rating(this, item);
                ratings.add(rating);
            }
            if (rating.getLevel() != answer.level()) {
                changes.add(new Change(item.getId(), AnswerChange.Field.LEVEL, name(rating.getLevel()),
                        name(answer.level())));
                rating.setLevel(answer.level());
            }
            if (!Objects.equals(rating.getComment(), comment)) {
                changes.add(new Change(item.getId(), AnswerChange.Field.COMMENT, rating.getComment(), comment));
                rating.setComment(comment);
            }
        }
        if (!changes.isEmpty()) {
            touch(actor, now);
        }
        return changes;
    }

    /** 提出: every item must have a level; afterwards the response is locked. */
    Change submit(Instrument instrument, String actor, Instant now) {
        requireDraft();
        List<Integer> missing = instrument.activeItems().stream()
                .filter(item -> levelFor(item.getId()) == null)
                .map(InstrumentItem::getItemNo)
                .toList();
        if (!missing.isEmpty()) {
            throw new IncompleteResponseException(missing);
        }
        status = ResponseStatus.SUBMITTED;
        submittedBy = actor;
        submittedAt = now;
        touch(actor, now);
        return new Change(null, AnswerChange.Field.STATUS, ResponseStatus.DRAFT.name(), status.name());
    }

    /**
     * 差し戻し: an administrator reopens a submitted response so that the ward can correct it; the
     * reason is kept in the history.
     */
    Change reopen(String reason, String actor, Instant now) {
        if (status != ResponseStatus.SUBMITTED) {
            throw new DomainException("answer.reopen.notSubmitted");
        }
        if (reason.isBlank()) {
            throw new DomainException("answer.reopen.reasonRequired");
        }
        TextLimit.check(reason.strip(), Rating.MAX_COMMENT_LENGTH, "answer.reopen.reasonTooLong");
        status = ResponseStatus.DRAFT;
        submittedBy = null;
        submittedAt = null;
        touch(actor, now);
        return new Change(null, AnswerChange.Field.STATUS, ResponseStatus.SUBMITTED.name(), status.name(),
                reason.strip());
    }

    private void requireDraft() {
        if (status == ResponseStatus.SUBMITTED) {
            throw new DomainException("answer.alreadySubmitted");
        }
    }

    private void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public @Nullable Level levelFor(long itemId) {
        return ratings.stream().filter(r -> r.getItem().getId() == itemId).findFirst()
                .map(Rating::getLevel).orElse(null);
    }

    private static @Nullable String normalise(@Nullable String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    private static @Nullable String name(@Nullable Level level) {
        return level == null ? null : level.name();
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getVersion() {
        return version;
    }

    public Round getRound() {
        return round;
    }

    public long getWardId() {
        return wardId;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public List<Rating> getRatings() {
        return List.copyOf(ratings);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getSubmittedBy() {
        return submittedBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
