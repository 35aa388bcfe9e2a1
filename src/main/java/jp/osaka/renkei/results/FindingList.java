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

import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/**
 * The version of one round's and instrument's 所見 list as a whole. Findings are edited by their place in the
 * list, so a change to one (or 自動生成に戻す) must be refused to someone who saw the list before it: every
 * list edit raises this version, whichever finding it touches. No row: nobody has edited the list (version 0).
 */
@Entity
@Table(name = "finding_list")
class FindingList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false, length = 20)
    private RespondentType respondentType;

    @Version
    private long version;

    protected FindingList() {
        this.respondentType = RespondentType.WARD_OFFICE;
    }

    FindingList(long roundId, RespondentType respondentType) {
        this.roundId = roundId;
        this.respondentType = respondentType;
    }

    long getVersion() {
        return version;
    }
}
