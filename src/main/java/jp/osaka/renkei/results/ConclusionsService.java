package jp.osaka.renkei.results;

import java.time.Clock;
import java.util.Optional;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.TextLimit;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * まとめ and 今後の方向性 of a round: administrators write them from the moment the round opens;
 * everyone reads them once it is published.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ConclusionsService {

    /** The longest text, as the columns hold it. */
    public static final int MAX_LENGTH = 2000;
    /** The longest 資料番号 (「資料３」, 「参考資料１－２」), as its column holds it. */
    public static final int MAX_LABEL_LENGTH = 20;

    private final RoundConclusionsRepository conclusions;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConclusionsService(RoundConclusionsRepository conclusions, RoundService rounds, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.conclusions = conclusions;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Nothing for a round the signed-in user may not see, or whose texts nobody has written yet. */
    public Optional<Conclusions> conclusions(int fiscalYear) {
        return visibleRound(fiscalYear)
                .flatMap(round -> conclusions.findByRoundId(round.id()))
                .map(stored -> stored.text(fiscalYear))
                .filter(text -> !text.isEmpty());
    }

    /** What the bureau edits: the round's texts (empty before anybody wrote them) and their version. */
    public record Editing(Conclusions text, long version) {
    }

    /** The version of texts nobody has written yet. */
    public static final long NOT_WRITTEN = -1;

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public Editing forEditing(int fiscalYear) {
        RoundSummary round = adminRound(fiscalYear);
        return conclusions.findByRoundId(round.id())
                .map(stored -> new Editing(stored.text(fiscalYear), stored.getVersion()))
                .orElseGet(() -> new Editing(new Conclusions(fiscalYear, "", null, "", null), NOT_WRITTEN));
    }

    /** Saves over whatever is stored (demo data, tests). */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public Conclusions save(Conclusions text) {
        return save(text, null);
    }

    /** Saves unless someone saved since the texts were read at {@code expectedVersion}. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public Conclusions save(Conclusions text, long expectedVersion) {
        return save(text, Long.valueOf(expectedVersion));
    }

    private Conclusions save(Conclusions text, @Nullable Long expectedVersion) {
        RoundSummary round = adminRound(text.fiscalYear());
        Conclusions clean = new Conclusions(text.fiscalYear(), limited(text.summaryJa()), optional(text.summaryEn()),
                limited(text.directionJa()), optional(text.directionEn()), label(text.documentLabel()));
        Optional<RoundConclusions> existing = conclusions.findByRoundId(round.id());
        long storedVersion = existing.map(RoundConclusions::getVersion).orElse(NOT_WRITTEN);
        if (expectedVersion != null && expectedVersion != storedVersion) {
            throw new DomainException("conclusions.stale");
        }
        RoundConclusions stored = existing.orElseGet(() -> conclusions.save(new RoundConclusions(round.id())));
        String actor = currentUser.require().username();
        stored.write(clean, actor, clock.instant());
        events.publishEvent(ResultsEvent.of(actor, AuditAction.CONCLUSIONS_SAVED, Integer.toString(round.fiscalYear()),
                clean.summaryJa()));
        return clean;
    }

    private RoundSummary adminRound(int fiscalYear) {
        return visibleRound(fiscalYear).orElseThrow(() -> new DomainException("results.round.notVisible", fiscalYear));
    }

    private Optional<RoundSummary> visibleRound(int fiscalYear) {
        RenkeiUser user = currentUser.require();
        return rounds.findByFiscalYear(fiscalYear).filter(round -> ResultsService.visible(user, round));
    }

    static String limited(String text) {
        return TextLimit.check(text.strip(), MAX_LENGTH, "conclusions.tooLong");
    }

    private static @Nullable String label(@Nullable String label) {
        return label == null || label.isBlank() ? null
                : TextLimit.check(label.strip(), MAX_LABEL_LENGTH, "conclusions.documentLabel.tooLong");
    }

    private static @Nullable String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : limited(text);
    }
}
