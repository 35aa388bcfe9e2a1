package jp.osaka.renkei.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.osaka.renkei.base.AuditAction;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.security.CurrentUser;
import jp.osaka.renkei.base.security.RenkeiUser;
import jp.osaka.renkei.base.security.Roles;
import jp.osaka.renkei.base.security.SystemActor;
import jp.osaka.renkei.ward.Ward;
import jp.osaka.renkei.ward.WardService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催促: the bureau reminds every ward that has not submitted; each ward sees its own reminder on ホーム. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReminderService {

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final ReminderRepository reminders;
    private final WardService wards;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderService(RoundRepository rounds, ResponseRepository responses, ReminderRepository reminders,
            WardService wards, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.responses = responses;
        this.reminders = reminders;
        this.wards = wards;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Reminds every ward × respondent type of the round whose response is not submitted; returns how many. */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public int remindMissing(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new DomainException("round.notFound", roundId));
        if (!round.acceptsAnswers()) {
            throw new DomainException("reminder.roundNotOpen");
        }
        String sender = currentUser.require().username();
        List<ResponsesReminded.Reminded> reminded = remind(round, sender, null);
        events.publishEvent(new SurveyEvent(sender, AuditAction.REMINDERS_SENT, Integer.toString(round.getFiscalYear()),
                Integer.toString(reminded.size())));
        events.publishEvent(reminded(round, false, reminded));
        return reminded.size();
    }

    /**
     * 締切前の自動催促, once a day by the scheduler (AutoReminders): for every open round whose deadline is at most
     * {@code daysBefore} days away on today's date in {@code zone}, reminds each ward × respondent type that has not
     * submitted, as the one-click reminder does, unless it was already reminded that day; returns how many it sent.
     */
    @PreAuthorize("hasRole('" + Roles.CITY_ADMIN + "')")
    @Transactional
    public int remindBeforeDeadline(int daysBefore, ZoneId zone) {
        DeadlineReminderRule rule = new DeadlineReminderRule(daysBefore);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int sent = 0;
        for (Round round : rounds.findByStatus(RoundStatus.OPEN)) {
            if (rule.due(round, today)) {
                List<ResponsesReminded.Reminded> reminded = remind(round, SystemActor.USERNAME,
                        today.atStartOfDay(zone).toInstant());
                events.publishEvent(new SurveyEvent(SystemActor.USERNAME, AuditAction.AUTO_REMINDERS_SENT,
                        Integer.toString(round.getFiscalYear()), Integer.toString(reminded.size())));
                events.publishEvent(reminded(round, true, reminded));
                sent += reminded.size();
            }
        }
        return sent;
    }

    /**
     * Reminds every ward × type of the round not submitted (and not reminded since {@code skipSince}, if given).
     * Who submitted and who was reminded are read once for the round, not once per ward and type.
     */
    private List<ResponsesReminded.Reminded> remind(Round round, String sender, @Nullable Instant skipSince) {
        Instant now = clock.instant();
        Set<WardType> skipped = new HashSet<>(responses.findSubmitted(round.getId()));
        if (skipSince != null) {
            skipped.addAll(reminders.findRemindedSince(round.getId(), skipSince));
        }
        List<ResponsesReminded.Reminded> reminded = new ArrayList<>();
        for (Ward ward : wards.findAll()) {
            for (RespondentType type : RespondentType.values()) {
                if (!skipped.contains(new WardType(ward.getId(), type))) {
                    reminders.save(new Reminder(round.getId(), ward.getId(), type, sender, now));
                    reminded.add(new ResponsesReminded.Reminded(ward.getId(), type));
                }
            }
        }
        return reminded;
    }

    private static ResponsesReminded reminded(Round round, boolean automatic, List<ResponsesReminded.Reminded> who) {
        return new ResponsesReminded(round.getId(), round.getFiscalYear(), round.getDeadline(), automatic, who);
    }

    /** The latest reminder for the signed-in ward user's own response, while it is not submitted. */
    public Optional<Instant> reminderForOwnResponse(long roundId) {
        RenkeiUser user = currentUser.require();
        Long wardId = user.wardId();
        RespondentType type = RespondentType.of(user.role()).orElse(null);
        if (wardId == null || type == null || isSubmitted(roundId, wardId, type)) {
            return Optional.empty();
        }
        return reminders.findFirstByRoundIdAndWardIdAndRespondentTypeOrderBySentAtDesc(roundId, wardId, type)
                .map(Reminder::getSentAt);
    }

    private boolean isSubmitted(long roundId, long wardId, RespondentType type) {
        return responses.findStatus(roundId, wardId, type).filter(s -> s == ResponseStatus.SUBMITTED).isPresent();
    }
}
