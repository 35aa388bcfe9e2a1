package jp.osaka.renkei.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * 所見 as an administrator curated it: one sentence of an instrument's findings in a round. While a
 * round and instrument have none of these, the generated findings are shown instead.
 */
@Entity
@Table(name = "finding")
class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false, length = 20)
    private RespondentType respondentType;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_ja", nullable = false, length = 1000)
    private String textJa;

    @Column(name = "text_en", length = 1000)
    private @Nullable String textEn;

    /** The rule that generated it; null for a finding an administrator added. */
    @Column(name = "rule_code", length = 40)
    private @Nullable String ruleCode;

    @Column(nullable = false)
    private boolean hidden;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Finding() {
        this.respondentType = RespondentType.WARD_OFFICE;
        this.textJa = "";
        this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    Finding(long roundId, RespondentType respondentType, int position, String textJa, @Nullable String textEn,
            @Nullable String ruleCode, String by, Instant at) {
        this.roundId = roundId;
        this.respondentType = respondentType;
        this.position = position;
        this.textJa = textJa;
        this.textEn = textEn;
        this.ruleCode = ruleCode;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * Changes the text. An English text left as it was while the Japanese changed no longer says what the
     * Japanese says: it is dropped, not kept stale (docs/decisions/0007-stale-english-of-an-edited-finding.md).
     */
    void edit(String ja, @Nullable String en, String by, Instant at) {
        boolean onlyJapaneseChanged = !ja.equals(textJa) && Objects.equals(en, textEn);
        textEn = onlyJapaneseChanged ? null : en;
        textJa = ja;
        touch(by, at);
    }

    void hide(boolean hide, String by, Instant at) {
        hidden = hide;
        touch(by, at);
    }

    void moveTo(int newPosition, String by, Instant at) {
        position = newPosition;
        touch(by, at);
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    /** As screens show it, at its place in the list (which administrators address it by). */
    FindingSummary summary(int index) {
        return new FindingSummary(index, textJa, textEn, ruleCode, hidden);
    }

    int getPosition() {
        return position;
    }

    String getTextJa() {
        return textJa;
    }
}
