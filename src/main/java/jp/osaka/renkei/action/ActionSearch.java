package jp.osaka.renkei.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 取組み lists: filtered, sorted and paged in the database, always within what the signed-in user may
 * read (their ward's and the city-wide actions for ward users); and the short lists of ホーム.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ActionSearch {

    private static final Sort BY_DUE_DATE = ActionSort.DUE_DATE.ascending().and(ActionSort.BY_ID);

    private final ActionRepository actions;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final Clock clock;

    ActionSearch(ActionRepository actions, CurrentUser currentUser, UserAccountService accounts, Clock clock) {
        this.actions = actions;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One page of the list; the page's sort comes from the grid, then by id so that pages do not overlap. */
    public List<ActionRow> find(ActionFilter filter, Pageable page) {
        Pageable stable = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                page.getSort().and(ActionSort.BY_ID));
        return rows(actions.findAll(where(filter), stable).getContent());
    }

    public long count(ActionFilter filter) {
        return actions.count(where(filter));
    }

    /** ホーム (administrators): the overdue actions, the longest overdue first. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public List<ActionRow> overdue(int limit) {
        return rows(actions.findAll(ActionSpecifications.overdue(today()), PageRequest.of(0, limit, BY_DUE_DATE))
                .getContent());
    }

    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public long countOverdue() {
        return actions.count(ActionSpecifications.overdue(today()));
    }

    /**
     * For the due-date mails (the system, daily): every action not done that is overdue or due within the days,
     * in every ward and city-wide, the longest overdue first.
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    public List<ActionDue> dueForMail(int days) {
        LocalDate today = today();
        return actions.findAll(ActionSpecifications.overdue(today)
                .or(ActionSpecifications.dueBetween(today, today.plusDays(days))), BY_DUE_DATE).stream()
                .map(action -> ActionDue.of(action, today)).toList();
    }

    /** ホーム (ward users): their own ward's actions not done and due within the days, overdue ones first. */
    public List<ActionRow> dueSoonInOwnWard(int days) {
        RenkeiUser user = currentUser.require();
        if (!user.role().wardScoped() || user.wardId() == null) {
            return List.of();
        }
        LocalDate today = today();
        Specification<Action> own = ActionSpecifications.inWard(user.wardId());
        return rows(actions.findAll(own.and(ActionSpecifications.overdue(today)
                .or(ActionSpecifications.dueBetween(today, today.plusDays(days)))), BY_DUE_DATE));
    }

    private Specification<Action> where(ActionFilter filter) {
        return ActionSpecifications.readableIn(ActionAccess.scopeOf(currentUser.require()))
                .and(ActionSpecifications.matching(filter, today()));
    }

    private List<ActionRow> rows(List<Action> found) {
        LocalDate today = today();
        Map<String, String> names = accounts.displayNames();
        return found.stream().map(a -> ActionRow.of(a, today, names)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DateFormats.ZONE));
    }
}
