package jp.osaka.renkei.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/** 関係機関: an organisation (or the other respondent) that a ward rates its cooperation with. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    /**
     * Set when the partner is itself a respondent (the coordinator is the support room, 区役所担当者
     * the ward office): items about such partners form the mutual pair.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "represents", length = 20)
    private @Nullable RespondentType represents;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Partner() {
        this.code = "";
        this.nameJa = "";
        this.nameEn = "";
    }

    Partner(String code, String nameJa, String nameEn, int sortOrder) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return new LocalizedText(nameJa, nameEn);
    }

    public @Nullable RespondentType getRepresents() {
        return represents;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
