package jp.osaka.renkei.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.osaka.renkei.account.UserAccountService;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.goal.LinkedActions;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goal pages' view of actions, counted in SQL and scoped like every other read of actions. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
class GoalLinks implements LinkedActions {

    private final ActionRepository actions;
    private final ProgressNoteRepository notes;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final Clock clock;

    GoalLinks(ActionRepository actions, ProgressNoteRepository notes, CurrentUser currentUser,
            UserAccountService accounts, Clock clock) {
        this.actions = actions;
        this.notes = notes;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<StatusCount>> countsByGoal() {
        Map<Long, Map<ActionStatus, Long>> counts = actions
                .countByGoalAndStatus(ActionAccess.scopeOf(currentUser.require())).stream()
                .collect(Collectors.groupingBy(ActionRepository.GoalStatusCount::getGoalId, Collectors.toMap(
                        ActionRepository.GoalStatusCount::getStatus, ActionRepository.GoalStatusCount::getActions)));
        Map<Long, List<StatusCount>> result = new LinkedHashMap<>();
        counts.forEach((goal, byStatus) -> result.put(goal, Arrays.stream(ActionStatus.values())
                .map(s -> new StatusCount(s.name(), s.messageKey(), byStatus.getOrDefault(s, 0L))).toList()));
        return result;
    }

    @Override
    public List<LinkedAction> linkedTo(long goalId) {
        List<Action> linked = actions.findAll(ActionSpecifications.readableIn(ActionAccess.scopeOf(
                currentUser.require())).and((root, query, cb) -> cb.equal(root.get("goalId"), goalId)),
                ActionSort.DUE_DATE.ascending().and(ActionSort.BY_ID));
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgressNote> latest = notes.findByActionIdInOrderByDateDescIdDesc(
                linked.stream().map(Action::getId).toList()).stream()
                .collect(Collectors.toMap(ProgressNote::getActionId, Function.identity(), (first, later) -> first));
        Map<String, String> names = accounts.displayNames();
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        return linked.stream().map(a -> new LinkedAction(a.getId(), a.getTitle(), a.getWardId(), a.getStatus().name(),
                a.getStatus().messageKey(), a.isOverdueOn(today), a.getDueDate(),
                note(latest.get(a.getId()), names))).toList();
    }

    private static @Nullable LatestNote note(@Nullable ProgressNote note, Map<String, String> names) {
        return note == null ? null
                : new LatestNote(note.getDate(), names.getOrDefault(note.getAuthor(), note.getAuthor()), note.getText());
    }
}
