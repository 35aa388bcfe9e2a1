package jp.osaka.renkei.results;

import java.time.Clock;
import java.util.List;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.survey.RespondentType;
import jp.osaka.renkei.survey.RoundService;
import jp.osaka.renkei.survey.RoundSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the wards wrote beside their answers, in the rounds whose results the user may see: the bureau reads
 * every ward's comments, a ward's users their own ward's (a predicate of the query, not a filter on the
 * screen), viewers none. The bureau chooses comments to print in the 資料, anonymous unless it names the ward;
 * the report prints those for everyone who may read it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CommentService {

    private final CommentQueries queries;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentQueries queries, RoundService rounds, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The comments on one instrument in a round that the user may read: all (bureau), own ward's, or none (viewer). */
    public List<ItemComment> comments(int fiscalYear, RespondentType type) {
        RenkeiUser user = currentUser.require();
        RoundSummary round = visibleRound(user, fiscalYear);
        return switch (user.role()) {
            case CITY_ADMIN -> queries.comments(round.id(), type, null);
            case WARD_OFFICE, SUPPORT_ROOM -> user.wardId() == null ? List.of()
                    : queries.comments(round.id(), type, user.wardId());
            case VIEWER -> List.of();
        };
    }

    /** One ward's comments on both instruments in a round: any ward for the bureau, its own for a ward's users. */
    @PreAuthorize("hasAnyRole('" + Roles.CITY_ADMIN + "', '" + Roles.WARD_OFFICE + "', '" + Roles.SUPPORT_ROOM + "')")
    public List<ItemComment> commentsOfWard(int fiscalYear, long wardId) {
        RenkeiUser user = currentUser.require();
        if (!user.canAccessWard(wardId)) {
            throw new AccessDeniedException("Comments of another ward");
        }
        return queries.comments(visibleRound(user, fiscalYear).id(), null, wardId);
    }

    /** The comments chosen for the round's report, for everyone who may read it; a ward named only if chosen so. */
    public List<ReportComment> chosen(int fiscalYear) {
        RoundSummary round = visibleRound(currentUser.require(), fiscalYear);
        return queries.chosen(round.id()).stream().map(chosen -> new ReportComment(chosen.comment().ratingId(),
                chosen.comment().type(), chosen.comment().partnerId(), chosen.comment().text(),
                chosen.named() ? chosen.comment().ward() : null)).toList();
    }

    /**
     * Prints the comment in the report, with its ward's name or without; choosing it again changes only that.
     * Refused ({@code report.comment.notFound}) for anything but a submitted response's comment in this round.
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void choose(int fiscalYear, long ratingId, boolean named) {
        ItemComment comment = comment(fiscalYear, ratingId);
        String actor = currentUser.require().username();
        @Nullable Boolean before = queries.named(ratingId).orElse(null);
        if (before == null) {
            queries.choose(ratingId, named, actor, clock.instant());
            publish(actor, named ? AuditAction.REPORT_COMMENT_NAMED : AuditAction.REPORT_COMMENT_CHOSEN, fiscalYear,
                    comment);
        } else if (before != named) {
            queries.rename(ratingId, named, actor, clock.instant());
            publish(actor, named ? AuditAction.REPORT_COMMENT_NAMED : AuditAction.REPORT_COMMENT_CHOSEN, fiscalYear,
                    comment);
        }
    }

    /** Takes the comment out of the report again; nothing happens when it was not chosen. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public void withdraw(int fiscalYear, long ratingId) {
        ItemComment comment = comment(fiscalYear, ratingId);
        if (queries.withdraw(ratingId) > 0) {
            publish(currentUser.require().username(), AuditAction.REPORT_COMMENT_WITHDRAWN, fiscalYear, comment);
        }
    }

    private ItemComment comment(int fiscalYear, long ratingId) {
        RoundSummary round = visibleRound(currentUser.require(), fiscalYear);
        return queries.comment(round.id(), ratingId)
                .orElseThrow(() -> new DomainException("report.comment.notFound"));
    }

    private void publish(String actor, AuditAction action, int fiscalYear, ItemComment comment) {
        events.publishEvent(ResultsEvent.of(actor, action, fiscalYear + " " + comment.type().slug() + " "
                + comment.itemNo() + " " + comment.ward().ja(), comment.text()));
    }

    private RoundSummary visibleRound(RenkeiUser user, int fiscalYear) {
        return rounds.findByFiscalYear(fiscalYear)
                .filter(round -> ResultsService.visible(user, round))
                .orElseThrow(() -> new DomainException("results.round.notVisible", fiscalYear));
    }
}
