package jp.osaka.renkei.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 催促: the bureau asked a ward to submit; shown on the ward's ホーム until the response is submitted. */
@Entity
@Table(name = "reminder")
public class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "ward_id", nullable = false)
    private long wardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false, length = 20)
    private RespondentType respondentType;

    @Column(name = "sent_by", nullable = false, length = 64)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
        this.respondentType = RespondentType.WARD_OFFICE;
        this.sentBy = "";
        this.sentAt = Instant.EPOCH;
    }

    Reminder(long roundId, long wardId, RespondentType respondentType, String sentBy, Instant sentAt) {
        this.roundId = roundId;
        this.wardId = wardId;
        this.respondentType = respondentType;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }
}
