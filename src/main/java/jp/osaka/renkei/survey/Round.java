package jp.osaka.renkei.survey;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jp.osaka.renkei.base.DomainException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** 調査回: one fiscal year's survey, with its lifecycle and the round it is compared with. */
@Entity
@Table(name = "survey_round")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    /** 年度: the Western year in which the fiscal year starts (2021 for 令和3年度). */
    @Column(name = "fiscal_year", nullable = false, unique = true)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.DRAFT;

    private @Nullable LocalDate deadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comparison_round_id")
    private @Nullable Round comparisonRound;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Round() {
        this.createdAt = Instant.EPOCH;
    }

    Round(int fiscalYear, @Nullable Round comparisonRound, Instant now) {
        if (comparisonRound != null && comparisonRound.fiscalYear >= fiscalYear) {
            throw new DomainException("round.comparison.notEarlier");
        }
        this.fiscalYear = fiscalYear;
        this.comparisonRound = comparisonRound;
        this.createdAt = now;
    }

    /** 準備中 → 回答受付中, with a deadline that has not passed. */
    void open(LocalDate deadline, LocalDate today) {
        requireStatus(RoundStatus.DRAFT, RoundStatus.OPEN);
        if (deadline.isBefore(today)) {
            throw new DomainException("round.deadline.past");
        }
        this.deadline = deadline;
        this.status = RoundStatus.OPEN;
    }

    /**
     * 準備中 → 締切 for a survey held before Renkei (on paper or by e-mail): nobody answers it here;
     * its answers are brought in by an administrator.
     */
    void markAsPast() {
        requireStatus(RoundStatus.DRAFT, RoundStatus.CLOSED);
        this.status = RoundStatus.CLOSED;
    }

    /** 回答受付中 → 締切: answers are locked. */
    void close() {
        requireStatus(RoundStatus.OPEN, RoundStatus.CLOSED);
        this.status = RoundStatus.CLOSED;
    }

    /** 締切 → 公表: aggregates become visible to every role. */
    void publish() {
        requireStatus(RoundStatus.CLOSED, RoundStatus.PUBLISHED);
        this.status = RoundStatus.PUBLISHED;
    }

    private void requireStatus(RoundStatus expected, RoundStatus target) {
        if (status != expected) {
            throw new DomainException("round.transition.illegal",
                    new DefaultMessageSourceResolvable(status.messageKey()),
                    new DefaultMessageSourceResolvable(target.messageKey()));
        }
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public @Nullable LocalDate getDeadline() {
        return deadline;
    }

    public @Nullable Round getComparisonRound() {
        return comparisonRound;
    }

    public boolean acceptsAnswers() {
        return status == RoundStatus.OPEN;
    }
}
