package jp.osaka.renkei.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.Roles;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Survey rounds: reading them (every signed-in user) and running their lifecycle (administrators). */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RoundService {

    private final RoundRepository rounds;
    private final InstrumentRepository instruments;
    private final PartnerRepository partners;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(RoundRepository rounds, InstrumentRepository instruments, PartnerRepository partners,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.instruments = instruments;
        this.partners = partners;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public List<RoundSummary> findAll() {
        return rounds.findAllByOrderByFiscalYearDesc().stream().map(RoundSummary::of).toList();
    }

    /** The round currently accepting answers (the newest, should two be open). */
    public Optional<RoundSummary> findOpen() {
        return rounds.findFirstByStatusOrderByFiscalYearDesc(RoundStatus.OPEN).map(RoundSummary::of);
    }

    public Optional<RoundSummary> findByFiscalYear(int fiscalYear) {
        return rounds.findByFiscalYear(fiscalYear).map(RoundSummary::of);
    }

    /**
     * Creates a round in 準備中 with both instruments: the items of the comparison round when there
     * is one, otherwise the standard twelve (items 1–11 common, item 12 the other respondent).
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RoundSummary create(int fiscalYear, @Nullable Integer comparisonFiscalYear) {
        if (rounds.findByFiscalYear(fiscalYear).isPresent()) {
            throw new DomainException("round.exists", fiscalYear);
        }
        Round comparison = comparisonFiscalYear == null ? null : rounds.findByFiscalYear(comparisonFiscalYear)
                .orElseThrow(() -> new DomainException("round.notFound", comparisonFiscalYear));
        Round round = rounds.save(new Round(fiscalYear, comparison, clock.instant()));
        for (RespondentType type : RespondentType.values()) {
            Instrument instrument = new Instrument(round, type);
            Optional<Instrument> previous = comparison == null ? Optional.empty()
                    : instruments.findWithItems(comparison.getId(), type);
            if (previous.isPresent()) {
                // the comparison round's own labels come along, so a renamed item keeps its new name
                previous.get().activeItems().forEach(instrument::copyItem);
            } else {
                StandardItems.of(partners.findAllByOrderBySortOrder(), type).forEach(instrument::addItem);
            }
            instruments.save(instrument);
        }
        return published(AuditAction.ROUND_CREATED, RoundSummary.of(round));
    }

    /** Creates a round for a survey held before Renkei, closed at once, ready for its answers to be recorded. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RoundSummary createPast(int fiscalYear, @Nullable Integer comparisonFiscalYear) {
        RoundSummary created = create(fiscalYear, comparisonFiscalYear);
        Round round = find(created.id());
        round.markAsPast();
        return published(AuditAction.ROUND_MARKED_PAST, RoundSummary.of(round));
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RoundSummary open(long roundId, LocalDate deadline) {
        Round round = find(roundId);
        round.open(deadline, LocalDate.now(clock));
        RoundSummary opened = published(AuditAction.ROUND_OPENED, RoundSummary.of(round));
        events.publishEvent(new RoundOpened(round.getId(), round.getFiscalYear(), deadline));
        return opened;
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RoundSummary close(long roundId) {
        Round round = find(roundId);
        round.close();
        return published(AuditAction.ROUND_CLOSED, RoundSummary.of(round));
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public RoundSummary publish(long roundId) {
        Round round = find(roundId);
        round.publish();
        RoundSummary done = published(AuditAction.ROUND_PUBLISHED, RoundSummary.of(round));
        events.publishEvent(new RoundPublished(round.getId(), round.getFiscalYear()));
        return done;
    }

    private RoundSummary published(AuditAction action, RoundSummary round) {
        events.publishEvent(SurveyEvent.round(currentUser.require().username(), action, round));
        return round;
    }

    private Round find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new DomainException("round.notFound", roundId));
    }
}
