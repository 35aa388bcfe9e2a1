package jp.osaka.renkei.survey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Roles;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 質問項目 (administrators): the items of a round in preparation — add a partner, rename, move, and
 * remove (an item someone has answered is retired instead, so that no answer loses its question).
 * Rounds past 準備中 keep their items as they are. Every change names the instrument's version the administrator
 * saw ({@link #version}) and is refused ("instrument.stale") when someone changed the items since.
 */
@Service
@PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
@Transactional
public class InstrumentService {

    private final RoundRepository rounds;
    private final InstrumentRepository instruments;
    private final PartnerRepository partners;
    private final RatingRepository ratings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    InstrumentService(RoundRepository rounds, InstrumentRepository instruments, PartnerRepository partners,
            RatingRepository ratings, CurrentUser currentUser, ApplicationEventPublisher events,
            EntityManager entityManager) {
        this.rounds = rounds;
        this.instruments = instruments;
        this.partners = partners;
        this.ratings = ratings;
        this.currentUser = currentUser;
        this.events = events;
        this.entityManager = entityManager;
    }

    /** The version of the items as they are now: read it before {@link #items}, and send it with a change. */
    @Transactional(readOnly = true)
    public long version(int fiscalYear, RespondentType type) {
        return instrument(fiscalYear, type, false).getVersion();
    }

    @Transactional(readOnly = true)
    public List<ItemSummary> items(int fiscalYear, RespondentType type) {
        return instrument(fiscalYear, type, false).allItems().stream()
                .sorted(Comparator.comparingInt(InstrumentItem::getPosition)).map(ItemSummary::of).toList();
    }

    /** Partners that the instrument does not ask about yet. */
    @Transactional(readOnly = true)
    public List<PartnerSummary> partnersToAdd(int fiscalYear, RespondentType type) {
        Instrument instrument = instrument(fiscalYear, type, false);
        return partners.findAllByOrderBySortOrder().stream()
                .filter(p -> instrument.allItems().stream().noneMatch(i -> i.getPartner().getId() == p.getId()))
                .map(PartnerSummary::of).toList();
    }

    /**
     * Adds a partner as an item of this instrument, and with {@code bothInstruments} of the round's other
     * instrument too, all or nothing: where the other one already asks about the partner, nothing is added
     * ("instrument.partner.presentIn.…").
     */
    public void add(int fiscalYear, RespondentType type, long expectedVersion, long partnerId,
            boolean bothInstruments) {
        Instrument instrument = forChange(fiscalYear, type, expectedVersion);
        Partner partner = partners.findById(partnerId).orElseThrow(() -> new DomainException("instrument.notFound"));
        added(instrument, partner, bothInstruments ? other(fiscalYear, type, partner) : null);
    }

    /** Whether the round has an instrument of each respondent type, so that a partner can go into both at once. */
    @Transactional(readOnly = true)
    public boolean hasBothInstruments(int fiscalYear) {
        return rounds.findByFiscalYear(fiscalYear).map(round -> java.util.Arrays.stream(RespondentType.values())
                .allMatch(t -> instruments.findWithItems(round.getId(), t).isPresent())).orElse(false);
    }

    /**
     * A partner new to the survey (e.g. a newly founded association), added as an item of this instrument. Its
     * English name is optional: without one, the Japanese name is its English name too (what English screens and
     * exports show), until the item is renamed. With {@code bothInstruments} it goes into the round's other
     * instrument too.
     */
    public void addNewPartner(int fiscalYear, RespondentType type, long expectedVersion, String nameJa,
            String nameEn, boolean bothInstruments) {
        if (nameJa.isBlank()) {
            throw new DomainException("instrument.labelJa.required");
        }
        String ja = InstrumentItem.checkJa(nameJa.strip());
        String en = InstrumentItem.checkEn(nameEn.isBlank() ? ja : nameEn.strip());
        Instrument instrument = forChange(fiscalYear, type, expectedVersion);
        List<Partner> all = partners.findAllByOrderBySortOrder();
        if (all.stream().anyMatch(p -> p.getName().ja().equals(ja))) {
            throw new DomainException("instrument.partner.exists", ja);
        }
        int sortOrder = all.stream().mapToInt(Partner::getSortOrder).max().orElse(0) + 1;
        Partner partner = partners.save(new Partner("PARTNER_" + sortOrder, ja, en, sortOrder));
        added(instrument, partner, bothInstruments ? other(fiscalYear, type, partner) : null);
    }

    /**
     * The round's other instrument, to take the same partner: its version goes up too, so that an administrator
     * editing it meanwhile is told. Refused when it already asks about the partner.
     */
    private Instrument other(int fiscalYear, RespondentType type, Partner partner) {
        RespondentType otherType = type == RespondentType.WARD_OFFICE ? RespondentType.SUPPORT_ROOM
                : RespondentType.WARD_OFFICE;
        Instrument other = instrument(fiscalYear, otherType, true);
        if (other.allItems().stream().anyMatch(i -> i.getPartner().getId() == partner.getId())) {
            throw new DomainException("instrument.partner.presentIn." + otherType.name(), partner.getName().ja());
        }
        entityManager.lock(other, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return other;
    }

    private void added(Instrument instrument, Partner partner, @Nullable Instrument other) {
        instrument.addItem(partner);
        published(AuditAction.ITEM_ADDED, instrument, partner.getName().ja());
        if (other != null) {
            other.addItem(partner);
            published(AuditAction.ITEM_ADDED, other, partner.getName().ja());
        }
    }

    public void relabel(int fiscalYear, RespondentType type, long expectedVersion, long itemId, String ja,
            String en) {
        item(forChange(fiscalYear, type, expectedVersion), itemId).relabel(ja, en);
        published(AuditAction.ITEM_RENAMED, fiscalYear, type, ja);
    }

    /** Moves an item one place up (-1) or down (+1); the numbers follow the new order. */
    public void move(int fiscalYear, RespondentType type, long expectedVersion, long itemId, int direction) {
        Instrument instrument = forChange(fiscalYear, type, expectedVersion);
        List<InstrumentItem> order = new ArrayList<>(instrument.allItems().stream()
                .sorted(Comparator.comparingInt(InstrumentItem::getPosition)).toList());
        int from = order.indexOf(item(instrument, itemId));
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        // Two steps, so that the unique (instrument, number) never sees two items with one number.
        for (int i = 0; i < order.size(); i++) {
            order.get(i).renumber(-(i + 1), i + 1);
        }
        instruments.flush();
        for (int i = 0; i < order.size(); i++) {
            order.get(i).renumber(i + 1, i + 1);
        }
        published(AuditAction.ITEM_MOVED, fiscalYear, type, order.get(to).getLabel().ja());
    }

    /** Removes an item, or retires it where someone has already answered it. */
    public void remove(int fiscalYear, RespondentType type, long expectedVersion, long itemId) {
        Instrument instrument = forChange(fiscalYear, type, expectedVersion);
        InstrumentItem item = item(instrument, itemId);
        if (ratings.existsByItemId(itemId)) {
            item.retire();
            published(AuditAction.ITEM_RETIRED, fiscalYear, type, item.getLabel().ja());
        } else {
            instrument.remove(item);
            published(AuditAction.ITEM_REMOVED, fiscalYear, type, item.getLabel().ja());
        }
    }

    /**
     * The instrument to change, if it is still at the version the administrator saw. Its version goes up with the
     * change even when only an item changes, and the database's own check ({@code where version = ?}) lets only one
     * of two changes at the same moment through.
     */
    private Instrument forChange(int fiscalYear, RespondentType type, long expectedVersion) {
        Instrument instrument = instrument(fiscalYear, type, true);
        if (instrument.getVersion() != expectedVersion) {
            throw new DomainException("instrument.stale");
        }
        entityManager.lock(instrument, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return instrument;
    }

    private Instrument instrument(int fiscalYear, RespondentType type, boolean forChange) {
        Round round = rounds.findByFiscalYear(fiscalYear)
                .orElseThrow(() -> new DomainException("round.notFound", fiscalYear));
        if (forChange && round.getStatus() != RoundStatus.DRAFT) {
            throw new DomainException("instrument.notEditable");
        }
        return instruments.findWithItems(round.getId(), type).orElseThrow(() -> new DomainException("instrument.notFound"));
    }

    private static InstrumentItem item(Instrument instrument, long itemId) {
        return instrument.allItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new DomainException("instrument.notFound"));
    }

    private void published(AuditAction action, Instrument instrument, String detail) {
        published(action, instrument.getRound().getFiscalYear(), instrument.getRespondentType(), detail);
    }

    private void published(AuditAction action, int fiscalYear, RespondentType type, String detail) {
        events.publishEvent(new SurveyEvent(currentUser.require().username(), action,
                fiscalYear + " " + type.slug(), detail));
    }
}
