package jp.osaka.renkei.goal;

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

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.survey.Level;
import jp.osaka.renkei.survey.RespondentType;

import org.jspecify.annotations.Nullable;

/** A goal's KPI as administrators define it; its values are computed, never stored. */
@Entity
@Table(name = "kpi")
class Kpi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_ja", nullable = false, length = KpiForm.MAX_NAME_JA)
    private String nameJa = "";

    @Column(name = "name_en", nullable = false, length = KpiForm.MAX_NAME_EN)
    private String nameEn = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private KpiKind kind = KpiKind.WARDS_AT_LEVELS;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", length = 20)
    private @Nullable RespondentType respondentType;

    @ElementCollection
    @CollectionTable(name = "kpi_partner", joinColumns = @JoinColumn(name = "kpi_id"))
    @Column(name = "partner_id")
    private Set<Long> partnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "kpi_level", joinColumns = @JoinColumn(name = "kpi_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 20)
    private Set<Level> levels = EnumSet.noneOf(Level.class);

    @Column(name = "baseline_year", nullable = false)
    private int baselineYear;

    @Column(name = "target_value", nullable = false, precision = 8, scale = 1)
    private BigDecimal targetValue = BigDecimal.ZERO;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Column(name = "fewer_is_better", nullable = false)
    private boolean fewerIsBetter;

    protected Kpi() {
    }

    Kpi(long goalId, int sortOrder) {
        this.goalId = goalId;
        this.sortOrder = sortOrder;
    }

    void define(KpiForm form) {
        this.nameJa = form.nameJa().strip();
        this.nameEn = form.nameEn() == null || form.nameEn().isBlank() ? nameJa : form.nameEn().strip();
        this.kind = form.definition().kind();
        this.respondentType = form.definition().kind().needsItems() ? form.definition().respondentType() : null;
        this.partnerIds = form.definition().kind().needsItems() ? new HashSet<>(form.definition().partnerIds())
                : new HashSet<>();
        this.levels = usesLevels(kind) && !form.definition().levels().isEmpty()
                ? EnumSet.copyOf(form.definition().levels()) : EnumSet.noneOf(Level.class);
        this.baselineYear = form.definition().baselineYear();
        this.targetValue = BigDecimal.valueOf(form.definition().target());
        this.targetYear = form.definition().targetYear();
        this.fewerIsBetter = form.definition().fewerIsBetter();
    }

    static boolean usesLevels(KpiKind kind) {
        return kind == KpiKind.WARDS_AT_LEVELS || kind == KpiKind.SHARE_AT_LEVELS;
    }

    long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    long getVersion() {
        return version;
    }

    long getGoalId() {
        return goalId;
    }

    int getSortOrder() {
        return sortOrder;
    }

    LocalizedText getName() {
        return new LocalizedText(nameJa, nameEn);
    }

    KpiDefinition definition() {
        return new KpiDefinition(kind, respondentType, List.copyOf(partnerIds.stream().sorted().toList()),
                Set.copyOf(levels), baselineYear, targetValue.doubleValue(), targetYear, fewerIsBetter);
    }
}
