package jp.osaka.renkei.ward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.LocalizedText;

/** One of Osaka City's 24 wards (区), master data kept by Liquibase. */
@Entity
@Table(name = "ward")
public class Ward {

    @Id
    private Long id;

    /** 全国地方公共団体コード: six digits, the last a check digit (see {@link LocalGovernmentCode}). */
    @Column(nullable = false, unique = true, length = 6)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 20)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 40)
    private String nameEn;

    /** Romaji without macrons, e.g. higashiyodogawa: used in demo user names and URLs. */
    @Column(nullable = false, unique = true, length = 30)
    private String slug;

    /** The city's official order. */
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Ward() {
        this.id = 0L;
        this.code = "";
        this.nameJa = "";
        this.nameEn = "";
        this.slug = "";
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSlug() {
        return slug;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** A new name (e.g. after a merger of wards); the official code never changes. */
    void rename(String ja, String en) {
        if (ja.isBlank() || en.isBlank()) {
            throw new DomainException("ward.name.required");
        }
        this.nameJa = ja.strip();
        this.nameEn = en.strip();
    }

    public LocalizedText getName() {
        return new LocalizedText(nameJa, nameEn);
    }
}
