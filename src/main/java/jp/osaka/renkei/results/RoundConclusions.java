package jp.osaka.renkei.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** まとめ, 今後の方向性 and the 資料番号 of a round, as an administrator wrote them (table round_report). */
@Entity
@Table(name = "round_report")
class RoundConclusions {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false, unique = true)
    private long roundId;

    @Column(name = "summary_ja", nullable = false, length = 2000)
    private String summaryJa;

    @Column(name = "summary_en", length = 2000)
    private @Nullable String summaryEn;

    @Column(name = "direction_ja", nullable = false, length = 2000)
    private String directionJa;

    @Column(name = "direction_en", length = 2000)
    private @Nullable String directionEn;

    @Column(name = "document_label", length = 20)
    private @Nullable String documentLabel;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RoundConclusions() {
        this.summaryJa = "";
        this.directionJa = "";
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    RoundConclusions(long roundId) {
        this();
        this.roundId = roundId;
    }

    void write(Conclusions text, String by, Instant at) {
        summaryJa = text.summaryJa();
        summaryEn = text.summaryEn();
        directionJa = text.directionJa();
        directionEn = text.directionEn();
        documentLabel = text.documentLabel();
        updatedBy = by;
        updatedAt = at;
    }

    long getVersion() {
        return version;
    }

    Conclusions text(int fiscalYear) {
        return new Conclusions(fiscalYear, summaryJa, summaryEn, directionJa, directionEn, documentLabel);
    }
}
