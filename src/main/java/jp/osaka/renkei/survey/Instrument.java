package jp.osaka.renkei.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.osaka.renkei.base.DomainException;

import org.jspecify.annotations.Nullable;

/** The questionnaire one respondent type answers in one round: its partner items, in order. */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private Round round;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_type", nullable = false, length = 20)
    private RespondentType respondentType;

    /** Counts every change of the items, so that two administrators editing them cannot overwrite each other unseen. */
    @Version
    private long version;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InstrumentItem> items = new ArrayList<>();

    protected Instrument() {
    }

    Instrument(Round round, RespondentType respondentType) {
        this.round = round;
        this.respondentType = respondentType;
    }

    void addItem(Partner partner, int itemNo) {
        items.add(new InstrumentItem(this, partner, itemNo, items.size() + 1));
    }

    void copyItem(InstrumentItem from) {
        items.add(from.copyTo(this, items.size() + 1));
    }

    /** Adds a partner's item at the end, numbered after the last one. */
    InstrumentItem addItem(Partner partner) {
        if (items.stream().anyMatch(item -> item.getPartner().getId() == partner.getId())) {
            throw new DomainException("instrument.partner.present");
        }
        int next = items.stream().mapToInt(InstrumentItem::getItemNo).max().orElse(0) + 1;
        InstrumentItem item = new InstrumentItem(this, partner, next, items.size() + 1);
        items.add(item);
        return item;
    }

    /** Removes an item that nobody has answered yet. */
    void remove(InstrumentItem item) {
        items.remove(item);
    }

    /** The items in their order (retired ones included), for numbering them afresh. */
    List<InstrumentItem> allItems() {
        return List.copyOf(items);
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public long getVersion() {
        return version;
    }

    public Round getRound() {
        return round;
    }

    public RespondentType getRespondentType() {
        return respondentType;
    }

    /** The items answered in this round (retired ones are kept for history but no longer asked). */
    public List<InstrumentItem> activeItems() {
        return items.stream().filter(item -> !item.isRetired()).toList();
    }
}
