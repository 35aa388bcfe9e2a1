package jp.osaka.renkei.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.i18n.LocalizedText;

import org.jspecify.annotations.Nullable;

/** One question of an instrument: how well the ward cooperates with one partner. */
@Entity
@Table(name = "instrument_item")
public class InstrumentItem {

    /** Also the limits of a partner's names, which an item shows until it is relabelled. */
    public static final int MAX_LABEL_JA = 100;
    public static final int MAX_LABEL_EN = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id")
    private Instrument instrument;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    /** The number printed before the item (1.医師会); items are matched across rounds by partner. */
    @Column(name = "item_no", nullable = false)
    private int itemNo;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "label_ja", length = MAX_LABEL_JA)
    private @Nullable String labelJa;

    @Column(name = "label_en", length = MAX_LABEL_EN)
    private @Nullable String labelEn;

    protected InstrumentItem() {
    }

    InstrumentItem(Instrument instrument, Partner partner, int itemNo, int position) {
        this.instrument = instrument;
        this.partner = partner;
        this.itemNo = itemNo;
        this.position = position;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public Partner getPartner() {
        return partner;
    }

    public int getItemNo() {
        return itemNo;
    }

    public boolean isRetired() {
        return retired;
    }

    public int getPosition() {
        return position;
    }

    /** The item's name in this round: its own label where it was renamed, else the partner's name. */
    public LocalizedText getLabel() {
        LocalizedText partnerName = partner.getName();
        return new LocalizedText(labelJa == null ? partnerName.ja() : labelJa,
                labelEn == null ? partnerName.en() : labelEn);
    }

    /** Renames the item; without an English name, the Japanese one is shown in English too. */
    void relabel(String ja, String en) {
        if (ja.isBlank()) {
            throw new DomainException("instrument.labelJa.required");
        }
        String newJa = checkJa(ja.strip());
        String newEn = checkEn(en.isBlank() ? newJa : en.strip());
        this.labelJa = newJa;
        this.labelEn = newEn;
    }

    InstrumentItem copyTo(Instrument other, int newPosition) {
        InstrumentItem copy = new InstrumentItem(other, partner, itemNo, newPosition);
        copy.labelJa = labelJa;
        copy.labelEn = labelEn;
        return copy;
    }

    void retire() {
        this.retired = true;
    }

    void renumber(int itemNo, int position) {
        this.itemNo = itemNo;
        this.position = position;
    }

    static String checkJa(String ja) {
        return TextLimit.check(ja, MAX_LABEL_JA, "instrument.labelJa.tooLong");
    }

    static String checkEn(String en) {
        return TextLimit.check(en, MAX_LABEL_EN, "instrument.labelEn.tooLong");
    }
}
