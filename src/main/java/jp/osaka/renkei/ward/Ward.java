package jp.osaka.renkei.ward;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.i18n.LocalizedText;
import jp.osaka.renkei.base.security.EmailAddress;
import jp.osaka.renkei.base.security.Role;

import org.jspecify.annotations.Nullable;

/** One of Osaka City's 24 wards (区), master data kept by Liquibase. */
@Entity
@Table(name = "ward")
public class Ward {

    public static final int MAX_NAME_JA = 20;
    public static final int MAX_NAME_EN = 40;

    @Id
    private Long id;

    @Version
    private long version;

    /** 全国地方公共団体コード: six digits, the last a check digit (see {@link LocalGovernmentCode}). */
    @Column(nullable = false, unique = true, length = 6)
    private String code;

    @Column(name = "name_ja", nullable = false, length = MAX_NAME_JA)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = MAX_NAME_EN)
    private String nameEn;

    /** Romaji without macrons, e.g. higashiyodogawa: used in demo user names and URLs. */
    @Column(nullable = false, unique = true, length = 30)
    private String slug;

    /** The city's official order. */
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Shared addresses per ward role (区役所 / 支援室), for the ward's users who have none of their own. */
    @ElementCollection
    @CollectionTable(name = "ward_mailbox", joinColumns = @JoinColumn(name = "ward_id"))
    @MapKeyColumn(name = "role", length = 20)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH)
    private Map<Role, String> mailboxes = new EnumMap<>(Role.class);

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

    public long getVersion() {
        return version;
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
        String newJa = TextLimit.check(ja.strip(), MAX_NAME_JA, "ward.nameJa.tooLong");
        String newEn = TextLimit.check(en.strip(), MAX_NAME_EN, "ward.nameEn.tooLong");
        this.nameJa = newJa;
        this.nameEn = newEn;
    }

    /** The ward's shared address for a ward role, if it has one. */
    public Optional<String> mailbox(Role role) {
        return Optional.ofNullable(mailboxes.get(role));
    }

    /** Sets (blank: removes) the shared address of a ward role, checked by {@link EmailAddress}. */
    void changeMailbox(Role role, @Nullable String address) {
        if (!role.wardScoped()) {
            throw new IllegalArgumentException("not a ward role: " + role);
        }
        String normalised = EmailAddress.normalise(address);
        if (normalised == null) {
            mailboxes.remove(role);
        } else {
            mailboxes.put(role, normalised);
        }
    }

    public LocalizedText getName() {
        return new LocalizedText(nameJa, nameEn);
    }
}
