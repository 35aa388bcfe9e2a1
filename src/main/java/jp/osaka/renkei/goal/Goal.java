package jp.osaka.renkei.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/** 目標 (今後の方向性): one of the programme's stated goals, master data kept by Liquibase. */
@Entity
@Table(name = "goal")
public class Goal {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    public static final int MAX_TITLE_EN_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "title_ja", nullable = false, length = MAX_TITLE_LENGTH)
    private String titleJa;

    @Column(name = "title_en", nullable = false, length = MAX_TITLE_EN_LENGTH)
    private String titleEn;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private @Nullable String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Goal() {
        this.titleJa = "";
        this.titleEn = "";
    }

    /** A corrected wording; returns what it was, for the audit log. */
    String update(String ja, String en, @Nullable String newDescription) {
        if (ja.isBlank() || en.isBlank()) {
            throw new DomainException("goal.title.required");
        }
        TextLimit.check(ja.strip(), MAX_TITLE_LENGTH, "goal.title.tooLong");
        TextLimit.check(en.strip(), MAX_TITLE_EN_LENGTH, "goal.titleEn.tooLong");
        String text = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        TextLimit.check(text, MAX_DESCRIPTION_LENGTH, "goal.description.tooLong");
        String before = titleJa;
        this.titleJa = ja.strip();
        this.titleEn = en.strip();
        this.description = text;
        return before;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getVersion() {
        return version;
    }

    public LocalizedText getTitle() {
        return new LocalizedText(titleJa, titleEn);
    }

    public @Nullable String getDescription() {
        return description;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
